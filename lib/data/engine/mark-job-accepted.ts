import "server-only";
import { db } from "@/lib/db";

/**
 * Stores the vendor's task id for a submit this engine still owns (same fencing token).
 * Returns false if the claim was lost meanwhile (the job was recovered by someone else).
 */
export async function markJobAccepted(jobId: string, fencingToken: number, vendorTaskId: string, firstPollAt: Date): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, fencingToken, submitState: { in: ["SUBMITTING", "UNKNOWN"] } },
    data: {
      vendorTaskId,
      submitState: "ACCEPTED",
      status: "SUBMITTED",
      submittedAt: new Date(),
      nextPollAt: firstPollAt,
      leaseOwner: null,
      leaseUntil: null,
    },
  });
  return result.count === 1;
}
