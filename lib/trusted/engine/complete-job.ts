import "server-only";
import { db } from "@/lib/db";
import type { JobCompletion } from "@/lib/jobs/engine-store";
import { nearestAspect } from "@/lib/prompt/nearest-aspect";

export type { JobCompletion };

/** Marks a job SUCCEEDED once its images are stored. Idempotent: a finished job is left alone. */
export async function completeJob(jobId: string, completion: JobCompletion): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, status: { notIn: ["SUCCEEDED", "FAILED", "CANCELLED"] } },
    data: {
      status: "SUCCEEDED",
      progress: 100,
      finishedAt: new Date(),
      nextPollAt: null,
      offeredActions: JSON.stringify(completion.offeredActions),
      result: JSON.stringify(completion.result),
      width: completion.width,
      ...(completion.width && completion.height ? { aspectRatio: nearestAspect(completion.width, completion.height) } : {}),
      height: completion.height,
      quotaUsed: completion.quotaUsed,
    },
  });
  return result.count === 1;
}
