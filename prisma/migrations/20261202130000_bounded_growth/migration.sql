-- Issue 11 items 17 and 18: nothing grows without bound.
-- Callbacks stored per job, so a webhook token cannot append rows for ever (capped in the inbox).
ALTER TABLE "Job" ADD COLUMN "webhookCallbacks" INTEGER NOT NULL DEFAULT 0;

-- Aggregated audit rows (refused sign-in attempts): one row per account or address per window,
-- found again by its key and counted up, instead of one row per attempt.
ALTER TABLE "AuditLog" ADD COLUMN "count" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AuditLog" ADD COLUMN "aggregateKey" TEXT;
CREATE UNIQUE INDEX "AuditLog_aggregateKey_key" ON "AuditLog"("aggregateKey");

-- The retention sweep deletes by age.
CREATE INDEX "WebhookEvent_receivedAt_idx" ON "WebhookEvent"("receivedAt");
CREATE INDEX "JobEvent_createdAt_idx" ON "JobEvent"("createdAt");
