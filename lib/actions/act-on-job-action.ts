"use server";

import { actOnJobSchema } from "@/lib/schemas/jobs";
import { queueFollowUp } from "@/lib/data/jobs/queue-follow-up";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/**
 * Runs one of the actions a finished job offers (U1-U4, V1-V4, reroll, vary, upscale, zoom, pan, make square). Returns the new job's id at once; the engine
 * submits it.
 */
export const actOnJobAction = authedAction(actOnJobSchema, async (input, user) => {
  const job = await queueFollowUp(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
