// This process's webhook inbox, in the services container: the production entry's fast path and
// the Next.js route (bundled apart) store callbacks through one connection (SQLite) or the
// process's pool (PostgreSQL).
import { postgresUrl, redactDatabaseUrl } from "@/lib/database-url";
import { databaseFile } from "@/lib/runtime-paths";
import { postgresPool } from "@/lib/server/postgres-pool";
import { services } from "@/lib/server/services";
import { openPostgresWebhookInbox } from "./postgres-webhook-inbox";
import { openSqliteWebhookInbox } from "./sqlite-webhook-inbox";
import type { WebhookInbox, WebhookStoreResult } from "./webhook-inbox";

/** This process's inbox, opened on the first callback (again when the database changes, as in tests). */
export function webhookInbox(): WebhookInbox {
  const all = services();
  const url = postgresUrl();
  const location = url ? redactDatabaseUrl(url) : databaseFile();
  if (all.webhookInbox?.location !== location) {
    all.webhookInbox?.close();
    all.webhookInbox = url ? openPostgresWebhookInbox(postgresPool(url), location) : openSqliteWebhookInbox(location);
  }
  return all.webhookInbox;
}

/** Stores a callback in this process's inbox; see WebhookInbox.store. */
export function storeWebhookCallback(token: string, body: string, options?: { maxWaitMs?: number }): Promise<WebhookStoreResult> {
  return webhookInbox().store(token, body, options);
}
