// How long the studio keeps the records that only grow (issue 11 item 18), in whole days.
import { z } from "zod";

export const RETENTION_DEFAULTS = {
  /** Security-relevant history; half a year covers most audits and incident look-backs. */
  auditDays: 180,
  /** Raw vendor callbacks: only a hint once handled; a week is plenty to debug a vendor. */
  webhookEventDays: 7,
  /** The live-update log: a browser only needs what it missed while disconnected. */
  jobEventDays: 2,
  /** Rate-limit counters: their windows are minutes long; a day keeps any current window. */
  rateCounterDays: 1,
} as const;

export type RetentionSettings = { -readonly [K in keyof typeof RETENTION_DEFAULTS]: number };

const days = (label: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${label} must be a number of days.` })
    .int(`${label} must be a whole number of days.`)
    .min(min, `${label} must be at least ${min} day${min === 1 ? "" : "s"}.`)
    .max(max, `${label} can be at most ${max} days.`);

export const retentionSettingsSchema = z.object({
  auditDays: days("The audit log", 7, 3650),
  webhookEventDays: days("Webhook callbacks", 1, 365),
  jobEventDays: days("Live-update events", 1, 365),
  rateCounterDays: days("Rate-limit counters", 1, 365),
});
export type RetentionSettingsInput = z.input<typeof retentionSettingsSchema>;
