"use server";

import { jobIdSchema } from "@/lib/schemas/jobs";
import { restoreJob } from "@/lib/data/jobs/restore-job";
import { announceJobChange } from "@/lib/live/announce-job-change";
import { authedAction } from "./authed-action";

/** Takes a job back out of the trash (its creator or an admin). */
export const restoreJobAction = authedAction(jobIdSchema, async (input, user) => {
  const job = await restoreJob(user, input.jobId);
  await announceJobChange(job.id);
  return job;
});
