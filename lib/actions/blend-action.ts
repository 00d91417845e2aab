"use server";

import { blendSchema } from "@/lib/schemas/jobs";
import { queueBlend } from "@/lib/data/jobs/queue-blend";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/** Blend of 2-5 uploaded images. Returns the new job's id at once; the engine submits it. */
export const blendAction = authedAction(blendSchema, async (input, user) => {
  const job = await queueBlend(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
