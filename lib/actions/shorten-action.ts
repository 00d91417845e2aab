"use server";

import { shortenSchema } from "@/lib/schemas/jobs";
import { queueShorten } from "@/lib/data/jobs/queue-shorten";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/** Shorten a prompt (midjourney-proxy connections). Returns the new job's id at once; the engine submits it. */
export const shortenAction = authedAction(shortenSchema, async (input, user) => {
  const job = await queueShorten(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
