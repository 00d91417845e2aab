// Where retention lives in the Setting table: one row per kind of record, plus the last sweep.
import type { RetentionSettings } from "@/lib/schemas/retention";

export const RETENTION_KEYS: { [K in keyof RetentionSettings]: string } = {
  auditDays: "retention.auditDays",
  webhookEventDays: "retention.webhookEventDays",
  jobEventDays: "retention.jobEventDays",
  rateCounterDays: "retention.rateCounterDays",
};

export const LAST_SWEEP_KEY = "retention.lastSweep";
