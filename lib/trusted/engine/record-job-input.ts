import "server-only";
import { db } from "@/lib/db";
import { jobResultJson } from "@/lib/domain/job-json";
import { isTerminal, TERMINAL_STATUSES } from "@/lib/domain/job-status";
import type { JobInputState } from "@/lib/jobs/job-input-state";

/**
 * Stores what the engine knows about a job waiting for input (lib/jobs/job-input-state.ts) in
 * its result JSON. Only while the job still runs: a finished job keeps its result.
 */
export async function recordJobInput(jobId: string, input: JobInputState): Promise<boolean> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { result: true, status: true } });
  if (!job || isTerminal(job.status)) return false;
  const result = { ...jobResultJson.decode(job.result || "{}"), input };
  const updated = await db.job.updateMany({
    where: { id: jobId, result: job.result, status: { notIn: [...TERMINAL_STATUSES] } },
    data: { result: jobResultJson.encode(result) },
  });
  return updated.count === 1;
}
