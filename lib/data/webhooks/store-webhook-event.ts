import "server-only";
import { db } from "@/lib/db";
import { hashWebhookToken } from "@/lib/data/engine/webhook-token";

/**
 * Stores a vendor callback in the inbox, keyed to the job whose random token is in the URL.
 * Returns null (and stores nothing) for a token no job has: the route answers 404.
 */
export async function storeWebhookEvent(token: string, body: string): Promise<{ jobId: string } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const job = await db.job.findUnique({ where: { webhookTokenHash: hashWebhookToken(token) }, select: { id: true } });
  if (!job) return null;
  await db.webhookEvent.create({ data: { jobId: job.id, body } });
  return { jobId: job.id };
}
