"use server";

import { jobIdSchema } from "@/lib/schemas/jobs";
import { trashJob } from "@/lib/data/jobs/trash-job";
import { announceJobChange } from "@/lib/live/announce-job-change";
import { authedAction } from "./authed-action";

/** Moves a job to the trash (its creator or an admin). It disappears from feeds and the gallery live. */
export const trashJobAction = authedAction(jobIdSchema, async (input, user) => {
  const job = await trashJob(user, input.jobId);
  await announceJobChange(job.id);
  return job;
});
