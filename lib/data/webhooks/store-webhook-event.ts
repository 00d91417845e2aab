import "server-only";
import { storeWebhookCallback } from "./webhook-inbox.mjs";

/**
 * Stores a vendor callback in the inbox, keyed to the job whose random token is in the URL.
 * Returns null (and stores nothing) for a token no job has: the route answers 404.
 */
export async function storeWebhookEvent(token: string, body: string): Promise<{ jobId: string } | null> {
  const jobId = storeWebhookCallback(token, body);
  return jobId ? { jobId } : null;
}
