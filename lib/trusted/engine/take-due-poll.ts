import "server-only";
import { db } from "@/lib/db";
import { ACTIVE_STATUSES } from "@/lib/domain/job-status";

/**
 * Takes a job's due poll for one engine: moves nextPollAt past `holdUntil` only while it is still
 * due, so of several studio processes that listed the same job one polls it. The refresh then sets
 * the real next poll; if its process dies first, the poll falls due again at `holdUntil`.
 */
export async function takeDuePoll(jobId: string, now: Date, holdUntil: Date): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, status: { in: [...ACTIVE_STATUSES] }, nextPollAt: { lte: now } },
    data: { nextPollAt: holdUntil },
  });
  return result.count === 1;
}
