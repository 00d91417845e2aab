import "server-only";
import { db } from "@/lib/db";

/**
 * Marks a job's stored callbacks as handled once the engine has re-fetched the task, or, with
 * `error`, once it gave up following them up (the reason is kept on the rows).
 */
export async function markWebhookEventsProcessed(jobId: string, error?: string): Promise<void> {
  await db.webhookEvent.updateMany({
    where: { jobId, processedAt: null },
    data: { processedAt: new Date(), ...(error ? { error: error.slice(0, 1000) } : {}) },
  });
}
