// The webhook inbox, in plain ESM so both the server's fast path (scripts/server.mjs, before
// Next.js routing) and the data layer (store-webhook-event.ts) use this one implementation.
// One prepared statement per callback on its own SQLite connection: a burst of vendor
// callbacks is acknowledged as fast as SQLite can append them, never queued behind the job
// engine's queries.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { databaseFile } from "../../runtime-paths.mjs";

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const globalForInbox = globalThis;

export function hashWebhookToken(token) {
  return createHash("sha256").update(token).digest("hex");
}

function inbox() {
  const file = databaseFile();
  let state = globalForInbox.atelierWebhookInbox;
  if (state?.file !== file) {
    const db = new Database(file, { timeout: 15000 });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    const insert = db.prepare(
      `INSERT INTO WebhookEvent (jobId, body, receivedAt)
       SELECT id, ?, ? FROM Job WHERE webhookTokenHash = ? LIMIT 1
       RETURNING jobId`,
    );
    state = globalForInbox.atelierWebhookInbox = { file, db, insert };
  }
  return state;
}

/**
 * Stores a callback for the job whose random token is in the URL. Returns the job id, or
 * null (storing nothing) when no job has that token: the caller answers 404.
 */
export function storeWebhookCallback(token, body) {
  if (!TOKEN.test(token)) return null;
  // Prisma's own DateTime text format, so both connections read the column alike.
  const receivedAt = new Date().toISOString().replace("Z", "+00:00");
  const row = inbox().insert.get(body, receivedAt, hashWebhookToken(token));
  return row ? row.jobId : null;
}
