-- Job.aspectRatio for the gallery's aspect-ratio filter; the team listing index also covers the trash flag.
ALTER TABLE "Job" ADD COLUMN "aspectRatio" TEXT NOT NULL DEFAULT '1:1';
DROP INDEX "Job_teamId_createdAt_idx";
CREATE INDEX "Job_teamId_deletedAt_createdAt_idx" ON "Job"("teamId", "deletedAt", "createdAt");
