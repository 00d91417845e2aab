-- Budgets for every protocol (issue 11 item 3): a connection's price per action kind (JSON,
-- overriding the studio's defaults) and the cost each job reserves when it is created. The
-- vendor's real charge still lands in Job.quotaUsed and replaces the reservation.
ALTER TABLE "VendorConnection" ADD COLUMN "actionCosts" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "Job" ADD COLUMN "cost" REAL NOT NULL DEFAULT 0;
