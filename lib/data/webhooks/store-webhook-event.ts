import "server-only";
import { storeWebhookCallback, type WebhookStoreResult } from "./webhook-inbox.mjs";

/**
 * Stores a vendor callback in the inbox, keyed to the job whose random token is in the URL.
 * Stores nothing for a token no job has, a job that ended, a job at its callback cap, or when
 * the database stayed locked: see webhook-inbox.mjs for each outcome.
 */
export async function storeWebhookEvent(token: string, body: string): Promise<WebhookStoreResult> {
  return storeWebhookCallback(token, body);
}
