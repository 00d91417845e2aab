import "server-only";
import type { Statement } from "better-sqlite3";
import { hashWebhookToken } from "@/lib/data/engine/webhook-token";
import { webhookInboxConnection } from "./webhook-inbox-connection";

let insert: { db: unknown; statement: Statement<[string, string, string], { jobId: string }> } | undefined;

/**
 * Stores a vendor callback in the inbox, keyed to the job whose random token is in the URL,
 * in one statement. Returns null (and stores nothing) for a token no job has: the route
 * answers 404.
 */
export async function storeWebhookEvent(token: string, body: string): Promise<{ jobId: string } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const db = webhookInboxConnection();
  if (insert?.db !== db) {
    insert = {
      db,
      statement: db.prepare(
        `INSERT INTO WebhookEvent (jobId, body, receivedAt)
         SELECT id, ?, ? FROM Job WHERE webhookTokenHash = ? LIMIT 1
         RETURNING jobId`,
      ),
    };
  }
  // Prisma's own DateTime text format, so both connections read the column alike.
  const receivedAt = new Date().toISOString().replace("Z", "+00:00");
  const row = insert.statement.get(body, receivedAt, hashWebhookToken(token));
  return row ? { jobId: row.jobId } : null;
}
