import "server-only";
import { db } from "@/lib/db";
import { failedJobFields } from "./failed-job-fields";
import { submitTransition } from "@/lib/domain/submit-state";

/**
 * Fails a job the vendor never accepted (refused, or not sendable). Only a job still QUEUED
 * without a vendor task id: a job the vendor accepted is finished by the vendor's result alone,
 * whatever went wrong on our side afterwards. `unclaimedOnly`: also not while a submit is under
 * way (someone else's claim).
 */
export async function failUnsentJob(jobId: string, failureCode: string, failureReason: string, options: { unclaimedOnly?: boolean } = {}): Promise<boolean> {
  const refuse = submitTransition("refuse");
  const from = options.unclaimedOnly ? refuse.from.filter((state) => state === "NONE") : refuse.from;
  const result = await db.job.updateMany({
    where: { id: jobId, status: "QUEUED", vendorTaskId: null, submitState: { in: [...from] } },
    data: {
      status: "FAILED",
      ...failedJobFields(failureCode, failureReason),
      submitState: refuse.to,
    },
  });
  return result.count === 1;
}
