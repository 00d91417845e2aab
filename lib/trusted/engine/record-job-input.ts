import "server-only";
import { db } from "@/lib/db";
import type { JobInputState } from "@/lib/jobs/job-input-state";

/**
 * Stores what the engine knows about a job waiting for input (lib/jobs/job-input-state.ts) in
 * its result JSON. Only while the job still runs: a finished job keeps its result.
 */
export async function recordJobInput(jobId: string, input: JobInputState): Promise<boolean> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { result: true, status: true } });
  if (!job || ["SUCCEEDED", "FAILED", "CANCELLED"].includes(job.status)) return false;
  const result = { ...(JSON.parse(job.result || "{}") as Record<string, unknown>), input };
  const updated = await db.job.updateMany({
    where: { id: jobId, result: job.result, status: { notIn: ["SUCCEEDED", "FAILED", "CANCELLED"] } },
    data: { result: JSON.stringify(result) },
  });
  return updated.count === 1;
}
