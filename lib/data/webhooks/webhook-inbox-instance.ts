// This process's webhook inbox, in the services container: the production entry's fast path and
// the Next.js route (bundled apart) store callbacks through one connection.
import { databaseFile } from "@/lib/runtime-paths";
import { services } from "@/lib/server/services";
import { openSqliteWebhookInbox } from "./sqlite-webhook-inbox";
import type { WebhookInbox, WebhookStoreResult } from "./webhook-inbox";

/** This process's inbox, opened on the first callback (again when the database file changes, as in tests). */
export function webhookInbox(): WebhookInbox {
  const all = services();
  const file = databaseFile();
  if (all.webhookInbox?.location !== file) {
    all.webhookInbox?.close();
    all.webhookInbox = openSqliteWebhookInbox(file);
  }
  return all.webhookInbox;
}

/** Stores a callback in this process's inbox; see WebhookInbox.store. */
export function storeWebhookCallback(token: string, body: string, options?: { maxWaitMs?: number }): Promise<WebhookStoreResult> {
  return webhookInbox().store(token, body, options);
}
