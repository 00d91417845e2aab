"use server";

import { imagineSchema } from "@/lib/schemas/jobs";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/** Imagine: a prompt (with its flags) and optional image references. Returns the new job's id at once; the engine submits it. */
export const imagineAction = authedAction(imagineSchema, async (input, user) => {
  const job = await queueImagine(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
