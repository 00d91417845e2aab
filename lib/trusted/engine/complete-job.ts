import "server-only";
import { db } from "@/lib/db";
import { jobResultJson, offeredActionsJson } from "@/lib/domain/job-json";
import { TERMINAL_STATUSES } from "@/lib/domain/job-status";
import type { JobCompletion } from "@/lib/jobs/engine-store";
import { nearestAspect } from "@/lib/prompt/nearest-aspect";

export type { JobCompletion };

/** Marks a job SUCCEEDED once its images are stored. Idempotent: a finished job is left alone. */
export async function completeJob(jobId: string, completion: JobCompletion): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, status: { notIn: [...TERMINAL_STATUSES] } },
    data: {
      status: "SUCCEEDED",
      progress: 100,
      finishedAt: new Date(),
      nextPollAt: null,
      offeredActions: offeredActionsJson.encode(completion.offeredActions),
      result: jobResultJson.encode(completion.result),
      width: completion.width,
      ...(completion.width && completion.height ? { aspectRatio: nearestAspect(completion.width, completion.height) } : {}),
      height: completion.height,
      quotaUsed: completion.quotaUsed,
    },
  });
  return result.count === 1;
}
