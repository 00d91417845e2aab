import "server-only";
import { db } from "@/lib/db";
import { jobParamsJson, jobResultJson } from "@/lib/domain/job-json";
import { AppError } from "@/lib/errors";
import { readJobInputState } from "@/lib/jobs/job-input-state";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getManageableJobOrThrow } from "./get-manageable-job-or-throw";

/**
 * The user answers a vendor dialog the studio could not answer itself (a job in NEEDS_INPUT
 * whose page shows a prompt form): the prompt is stored as the job's own, and the engine is
 * told to confirm at once. Only the job's creator or an admin may do it.
 */
export async function answerJobInput(user: SessionUser, input: { jobId: string; prompt: string }): Promise<{ id: string }> {
  const job = await getManageableJobOrThrow(user, input.jobId);
  if (job.status !== "NEEDS_INPUT" || !job.vendorTaskId) throw new AppError("CONFLICT", "This job is not waiting for input any more.");
  const params = jobParamsJson.decode(job.params || "{}");
  const result = jobResultJson.decode(job.result || "{}");
  const state = readJobInputState(job.result);
  if (state.askUser?.canAnswer === false) throw new AppError("CONFLICT", "This vendor cannot be given a prompt for a waiting job.");
  const updated = await db.job.updateMany({
    // The row as read: a concurrent answer or a finished poll makes this a no-op.
    where: { id: job.id, status: "NEEDS_INPUT", params: job.params, result: job.result },
    data: {
      params: jobParamsJson.encode({ ...params, prompt: input.prompt }),
      result: jobResultJson.encode({ ...result, input: { ...state, askUser: undefined, confirmNow: true } }),
      nextPollAt: new Date(),
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "The job changed meanwhile. Reload the page and try again.");
  return { id: job.id };
}
