import "server-only";
import { db } from "@/lib/db";
import { submitTransition } from "@/lib/domain/submit-state";

/**
 * Attaches a vendor task to a job whose submit outcome was unknown, once the vendor itself
 * confirmed the task carries this job's notify id. This is the one move out of FAILED: a job
 * failed for review ("not confirmed") was never failed by the vendor.
 */
export async function adoptVendorTask(jobId: string, vendorTaskId: string): Promise<boolean> {
  const adopt = submitTransition("adopt");
  // A job in REVIEW is FAILED; the others from which a task can be adopted are still QUEUED.
  const queuedFrom = adopt.from.filter((state) => state !== "REVIEW");
  const result = await db.job.updateMany({
    where: {
      id: jobId,
      vendorTaskId: null,
      OR: [
        { status: "QUEUED", submitState: { in: queuedFrom } },
        { status: "FAILED", submitState: "REVIEW" },
      ],
    },
    data: {
      vendorTaskId,
      submitState: adopt.to,
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
