"use server";

import { extendVideoSchema } from "@/lib/schemas/jobs";
import { queueExtendVideo } from "@/lib/data/jobs/queue-extend-video";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/** Extend one clip of a finished video by another few seconds. */
export const extendVideoAction = authedAction(extendVideoSchema, async (input, user) => {
  const job = await queueExtendVideo(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
