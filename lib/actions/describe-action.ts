"use server";

import { describeSchema } from "@/lib/schemas/jobs";
import { queueDescribe } from "@/lib/data/jobs/queue-describe";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/** Describe an uploaded image (four prompts). Returns the new job's id at once; the engine submits it. */
export const describeAction = authedAction(describeSchema, async (input, user) => {
  const job = await queueDescribe(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
