import "server-only";
import { db } from "@/lib/db";

/** Jobs at a vendor for longer than the timeout. */
export async function listTimedOutJobs(submittedBefore: Date) {
  return db.job.findMany({
    where: { status: { in: ["SUBMITTED", "RUNNING", "NEEDS_INPUT"] }, submittedAt: { lt: submittedBefore } },
    select: { id: true },
    take: 100,
  });
}
