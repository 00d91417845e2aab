import "server-only";
import { db } from "@/lib/db";

export async function scheduleNextPoll(jobId: string, at: Date): Promise<void> {
  await db.job.updateMany({
    where: { id: jobId, status: { notIn: ["SUCCEEDED", "FAILED", "CANCELLED"] } },
    data: { nextPollAt: at, pollCount: { increment: 1 } },
  });
}
