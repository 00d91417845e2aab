// The webhook inbox on PostgreSQL: the same answers as the SQLite inbox (sqlite-webhook-inbox.ts),
// over the process's shared pool. Whichever studio process a vendor's callback reaches stores it,
// and every process's engine finds it (EngineStore.listUnprocessedWebhookJobs).
//
// Nothing here can block the event loop (the driver is asynchronous); what bounds a callback's wait
// is a row lock held by another transaction on the job (a long engine write): `lock_timeout` turns
// that into the same `busy` answer (503) SQLite gives, instead of holding the vendor's request.
import type pg from "pg";
import { hashWebhookToken, MAX_CALLBACKS_PER_JOB, type WebhookInbox } from "./webhook-inbox";
import { DEFAULT_MAX_WAIT_MS, tokenEnded, WEBHOOK_TOKEN } from "./webhook-token-window";

// PostgreSQL's codes for lock_timeout and statement_timeout expiring.
const LOCK_NOT_AVAILABLE = "55P03";
const QUERY_CANCELED = "57014";

function isBusy(error: unknown): boolean {
  const code = error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  return code === LOCK_NOT_AVAILABLE || code === QUERY_CANCELED || (error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message));
}

// Prisma keeps DateTime in TIMESTAMP(3) columns as UTC: epoch milliseconds read it the same way
// whatever the session's time zone, and new rows are stamped with the database's UTC clock.
const FIND_JOB = `SELECT "id", "status", "submitState", (EXTRACT(EPOCH FROM "finishedAt") * 1000)::float8 AS "finishedAtMs"
  FROM "Job" WHERE "webhookTokenHash" = $1 LIMIT 1`;
// One statement: the count goes up only below the cap, and the event is inserted only if it did.
const APPEND = `WITH counted AS (
    UPDATE "Job" SET "webhookCallbacks" = "webhookCallbacks" + 1 WHERE "id" = $1 AND "webhookCallbacks" < $2 RETURNING "id")
  INSERT INTO "WebhookEvent" ("jobId", "body", "receivedAt") SELECT "id", $3, (now() AT TIME ZONE 'UTC') FROM counted`;

export function openPostgresWebhookInbox(pool: pg.Pool, location: string): WebhookInbox {
  return {
    location,
    async store(token, body, options = {}) {
      if (!WEBHOOK_TOKEN.test(token)) return { outcome: "unknown" };
      const maxWaitMs = Math.max(1, Math.round(options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS));
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        if (isBusy(error)) return { outcome: "busy" };
        throw error;
      }
      try {
        const found = await client.query<{ id: string; status: string; submitState: string; finishedAtMs: number | null }>(FIND_JOB, [hashWebhookToken(token)]);
        const job = found.rows[0];
        if (!job) return { outcome: "unknown" };
        if (tokenEnded(job, Date.now())) return { outcome: "ended" };
        await client.query("BEGIN");
        try {
          // SET LOCAL ends with the transaction: the pooled connection goes back unchanged.
          await client.query(`SET LOCAL lock_timeout = ${maxWaitMs}`);
          const appended = await client.query(APPEND, [job.id, MAX_CALLBACKS_PER_JOB, body]);
          await client.query("COMMIT");
          return appended.rowCount === 1 ? { outcome: "stored", jobId: job.id } : { outcome: "full" };
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          if (isBusy(error)) return { outcome: "busy" };
          throw error;
        }
      } finally {
        client.release();
      }
    },
    close() {
      // The pool is the process's (lib/server/postgres-pool.ts): it outlives the inbox.
    },
  };
}
