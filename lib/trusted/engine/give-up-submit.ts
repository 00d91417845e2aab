import "server-only";
import { db } from "@/lib/db";
import { failedJobFields } from "./failed-job-fields";
import { TERMINAL_STATUSES } from "@/lib/domain/job-status";
import { submitTransition } from "@/lib/domain/submit-state";

/**
 * Recovery could not tell whether the vendor received this submit: the job fails "for review"
 * (never resent blindly; a callback or a late answer naming its task still adopts it).
 */
export async function giveUpSubmit(jobId: string, failureCode: string, failureReason: string): Promise<boolean> {
  const giveUp = submitTransition("giveUp");
  const result = await db.job.updateMany({
    where: { id: jobId, status: { notIn: [...TERMINAL_STATUSES] }, submitState: { in: [...giveUp.from] } },
    data: {
      status: "FAILED",
      ...failedJobFields(failureCode, failureReason),
      submitState: giveUp.to,
    },
  });
  return result.count === 1;
}
