import "server-only";
import { db } from "@/lib/db";
import type { RetentionOverviewDTO } from "@/lib/dto/admin";
import { RETENTION_DEFAULTS } from "@/lib/schemas/retention";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { readRetentionSettings } from "./read-retention-settings";
import { LAST_SWEEP_KEY } from "./retention-keys";
import type { SweepResult } from "@/lib/trusted/retention/prune-expired-records";

function parseSweep(value: string | undefined): SweepResult | null {
  if (!value) return null;
  try {
    return JSON.parse(value) as SweepResult;
  } catch {
    return null;
  }
}

/** Retention in force, its defaults, the last sweep and how many rows each table holds (admins). */
export async function getRetentionOverview(actor: Pick<SessionUser, "role">): Promise<RetentionOverviewDTO> {
  assertAdmin(actor);
  const [settings, lastSweep, audit, webhookEvents, jobEvents, rateCounters] = await Promise.all([
    readRetentionSettings(),
    db.setting.findUnique({ where: { key: LAST_SWEEP_KEY } }).then((row) => parseSweep(row?.value)),
    db.auditLog.count(),
    db.webhookEvent.count(),
    db.jobEvent.count(),
    db.rateCounter.count(),
  ]);
  return { settings, defaults: { ...RETENTION_DEFAULTS }, lastSweep, rows: { audit, webhookEvents, jobEvents, rateCounters } };
}
