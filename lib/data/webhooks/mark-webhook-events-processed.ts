import "server-only";
import { db } from "@/lib/db";

/** Marks a job's stored callbacks as handled once the engine has re-fetched the task. */
export async function markWebhookEventsProcessed(jobId: string): Promise<void> {
  await db.webhookEvent.updateMany({ where: { jobId, processedAt: null }, data: { processedAt: new Date() } });
}
