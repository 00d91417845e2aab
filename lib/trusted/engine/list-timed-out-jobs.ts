import "server-only";
import { db } from "@/lib/db";
import { ACTIVE_STATUSES } from "@/lib/domain/job-status";

/** Jobs at a vendor for longer than the timeout. */
export async function listTimedOutJobs(submittedBefore: Date) {
  return db.job.findMany({
    where: { status: { in: [...ACTIVE_STATUSES] }, submittedAt: { lt: submittedBefore } },
    select: { id: true },
    take: 100,
  });
}
