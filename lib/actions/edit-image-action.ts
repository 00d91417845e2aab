"use server";

import { editImageSchema } from "@/lib/schemas/jobs";
import { queueEdit } from "@/lib/data/jobs/queue-edit";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { authedAction } from "./authed-action";

/**
 * Edit or Retexture an upload (Midjourney's editor). The image and the painted mask arrive as
 * upload keys (POST /api/uploads), so the action's body stays small whatever their size.
 * Returns the new job's id at once; the engine submits it.
 */
export const editImageAction = authedAction(editImageSchema, async (input, user) => {
  const job = await queueEdit(user, input);
  await afterJobQueued(job.id);
  return { jobId: job.id };
});
