import "server-only";
import { db } from "@/lib/db";
import { nearestAspect } from "@/lib/prompt/nearest-aspect";

export interface JobCompletion {
  offeredActions: unknown[];
  result: Record<string, unknown>;
  width?: number;
  height?: number;
  /** What the job cost: the vendor's charge, or the reservation where the vendor reports none. */
  quotaUsed?: number;
}

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
