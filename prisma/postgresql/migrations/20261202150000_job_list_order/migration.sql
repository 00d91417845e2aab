-- PostgreSQL only. The gallery and the feed list a team's live jobs newest first
-- (lib/data/jobs/list-jobs.ts: teamId = ?, deletedAt IS NULL, ORDER BY createdAt DESC, id DESC).
-- PostgreSQL does not take "deletedAt" IS NULL as an equality when it orders by an index, so
-- Job_teamId_deletedAt_createdAt_idx could not give the order and every page read and sorted the
-- team's whole history (10,000 jobs: 15 ms a page; 50,000: 60 ms on both cores). A partial index
-- on the live jobs gives it (0.1-0.3 ms). SQLite uses the existing index and needs none.
CREATE INDEX "Job_teamId_createdAt_id_live_idx" ON "Job"("teamId", "createdAt", "id") WHERE "deletedAt" IS NULL;
