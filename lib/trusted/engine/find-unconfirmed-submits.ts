import "server-only";
import { db } from "@/lib/db";
import { SUBMIT_IN_DOUBT } from "@/lib/domain/submit-state";
import type { BootTakeOver } from "@/lib/jobs/engine-store";

/**
 * Jobs whose submit outcome is unknown: the vendor never answered, or the submit was under
 * way when its engine died (its lease expired, or — right after a restart — it belonged to
 * an engine `bootTakeOver` names as gone: any other one where one engine runs per SQLite
 * database, an earlier run of the same process where several share PostgreSQL).
 */
export async function findUnconfirmedSubmits(now: Date, bootTakeOver?: BootTakeOver) {
  const gone = bootTakeOver
    ? [{ leaseOwner: { not: bootTakeOver.currentOwner, ...(bootTakeOver.ownerPrefix ? { startsWith: bootTakeOver.ownerPrefix } : {}) } }]
    : [];
  return db.job.findMany({
    where: { status: "QUEUED", submitState: { in: [...SUBMIT_IN_DOUBT] }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, ...gone] },
    select: { id: true, connectionId: true, notifyId: true, createdAt: true, fencingToken: true },
    take: 100,
  });
}
