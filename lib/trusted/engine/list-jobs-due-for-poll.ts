import "server-only";
import { db } from "@/lib/db";
import { ACTIVE_STATUSES } from "@/lib/domain/job-status";

/**
 * Jobs at a vendor whose next poll is due, oldest first, leaving out those this engine is
 * refreshing already (a vendor that hangs must not fill every slot of the list).
 */
export async function listJobsDueForPoll(now: Date, limit: number, busy: string[] = []) {
  return db.job.findMany({
    where: {
      status: { in: [...ACTIVE_STATUSES] },
      vendorTaskId: { not: null },
      nextPollAt: { lte: now },
      ...(busy.length ? { id: { notIn: busy } } : {}),
    },
    orderBy: { nextPollAt: "asc" },
    take: limit,
    select: { id: true, connectionId: true },
  });
}
