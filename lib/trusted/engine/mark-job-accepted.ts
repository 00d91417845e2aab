import "server-only";
import { db } from "@/lib/db";
import { submitTransition } from "@/lib/domain/submit-state";

/**
 * Stores the vendor's task id for a submit this engine still owns (same fencing token).
 * Returns false if the claim was lost meanwhile (the job was recovered by someone else).
 */
export async function markJobAccepted(jobId: string, fencingToken: number, vendorTaskId: string, firstPollAt: Date): Promise<boolean> {
  const accept = submitTransition("accept");
  const result = await db.job.updateMany({
    where: { id: jobId, fencingToken, submitState: { in: [...accept.from] } },
    data: {
      vendorTaskId,
      submitState: accept.to,
      status: "SUBMITTED",
      submittedAt: new Date(),
      nextPollAt: firstPollAt,
      leaseOwner: null,
      leaseUntil: null,
    },
  });
  return result.count === 1;
}
