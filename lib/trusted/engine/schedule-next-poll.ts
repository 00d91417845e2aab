import "server-only";
import { db } from "@/lib/db";
import { TERMINAL_STATUSES } from "@/lib/domain/job-status";

export async function scheduleNextPoll(jobId: string, at: Date): Promise<void> {
  await db.job.updateMany({
    where: { id: jobId, status: { notIn: [...TERMINAL_STATUSES] } },
    data: { nextPollAt: at, pollCount: { increment: 1 } },
  });
}
