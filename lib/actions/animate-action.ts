"use server";

import { animateSchema } from "@/lib/schemas/jobs";
import { queueAnimate } from "@/lib/data/jobs/queue-animate";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/** Animate one image of a finished job into video (low or high motion, automatic or with a prompt). */
export const animateAction = authedAction(animateSchema, async (input, user) => {
  const job = await queueAnimate(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
