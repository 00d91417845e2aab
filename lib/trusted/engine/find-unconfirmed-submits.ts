import "server-only";
import { db } from "@/lib/db";
import { SUBMIT_IN_DOUBT } from "@/lib/domain/submit-state";

/**
 * Jobs whose submit outcome is unknown: the vendor never answered, or the submit was under
 * way when its engine died (its lease expired, or — right after a restart — it belonged to
 * an engine other than `currentOwner`; one engine runs per SQLite database).
 */
export async function findUnconfirmedSubmits(now: Date, currentOwner?: string) {
  const stale = [{ leaseUntil: null }, { leaseUntil: { lt: now } }, ...(currentOwner ? [{ leaseOwner: { not: currentOwner } }] : [])];
  return db.job.findMany({
    where: { status: "QUEUED", submitState: { in: [...SUBMIT_IN_DOUBT] }, OR: stale },
    select: { id: true, connectionId: true, notifyId: true, createdAt: true, fencingToken: true },
    take: 100,
  });
}
