"use server";

import { answerJobInput } from "@/lib/data/jobs/answer-job-input";
import { getJobEngine } from "@/lib/jobs/engine-instance";
import { announceJobChange } from "@/lib/live/announce-job-change";
import { answerJobInputSchema } from "@/lib/schemas/jobs";
import { authedAction } from "./authed-action";

/**
 * Sends the prompt a waiting vendor dialog asks for (a job in NEEDS_INPUT): stored on the job,
 * then the engine confirms it with the vendor at once (or at its next poll elsewhere).
 */
export const answerJobInputAction = authedAction(answerJobInputSchema, async (input, user) => {
  const job = await answerJobInput(user, input);
  const engine = getJobEngine();
  if (engine) await engine.refreshJob(job.id);
  else await announceJobChange(job.id);
  return { jobId: job.id };
});
