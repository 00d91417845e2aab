import "server-only";
import { db } from "@/lib/db";

/**
 * Attaches a vendor task to a job whose submit outcome was unknown, once the vendor itself
 * confirmed the task carries this job's notify id. This is the one move out of FAILED: a job
 * failed for review ("not confirmed") was never failed by the vendor.
 */
export async function adoptVendorTask(jobId: string, vendorTaskId: string): Promise<boolean> {
  const result = await db.job.updateMany({
    where: {
      id: jobId,
      vendorTaskId: null,
      OR: [
        { status: "QUEUED", submitState: { in: ["SUBMITTING", "UNKNOWN"] } },
        { status: "FAILED", submitState: "REVIEW" },
      ],
    },
    data: {
      vendorTaskId,
      submitState: "ACCEPTED",
      status: "SUBMITTED",
      failureCode: null,
      failureReason: null,
      finishedAt: null,
      submittedAt: new Date(),
      nextPollAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
    },
  });
  return result.count === 1;
}
