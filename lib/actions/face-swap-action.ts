"use server";

import { faceSwapSchema } from "@/lib/schemas/jobs";
import { queueFaceSwap } from "@/lib/data/jobs/queue-face-swap";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/** Face swap between two uploads (midjourney-proxy connections). Returns the new job's id at once; the engine submits it. */
export const faceSwapAction = authedAction(faceSwapSchema, async (input, user) => {
  const job = await queueFaceSwap(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
