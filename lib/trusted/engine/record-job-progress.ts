import "server-only";
import { db } from "@/lib/db";

/**
 * Writes a status/progress step computed by lib/jobs/job-status.ts. The WHERE clause repeats
 * the state it was computed from, so a concurrent writer makes this a no-op instead of a
 * step backwards.
 */
export async function recordJobProgress(
  jobId: string,
  from: { status: string; progress: number },
  to: { status: string; progress: number },
  extra: { startedAt?: Date } = {},
): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, status: from.status, progress: from.progress },
    data: { status: to.status, progress: to.progress, ...extra },
  });
  return result.count === 1;
}
