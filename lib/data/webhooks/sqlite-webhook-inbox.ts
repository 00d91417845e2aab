// The webhook inbox on SQLite: one short write per callback on its own connection, so a burst of
// vendor callbacks is acknowledged as fast as SQLite can append them, never queued behind the job
// engine's queries.
//
// better-sqlite3 is synchronous, so this connection must never WAIT for a lock: a busy timeout
// would sleep on the event loop, and when the lock is held by a transaction of this same process
// (a Prisma interactive transaction awaiting between statements) it cannot even be released
// until the wait times out: the whole studio froze for 15 s. Here the busy timeout is 0 and a
// locked database is retried asynchronously with a short backoff (issue 11 item 8).
import Database from "better-sqlite3";
import { hashWebhookToken, MAX_CALLBACKS_PER_JOB, type WebhookInbox } from "./webhook-inbox";
import { DEFAULT_MAX_WAIT_MS, tokenEnded, WEBHOOK_TOKEN } from "./webhook-token-window";

function isBusy(error: unknown): boolean {
  const code = error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

interface JobRow {
  id: string;
  status: string;
  submitState: string;
  finishedAt: string | number | null;
}

/** Opens the inbox on the SQLite file the studio's database is in. */
export function openSqliteWebhookInbox(file: string): WebhookInbox {
  const db = new Database(file, { timeout: 0 });
  try {
    // Persistent in the file (scripts/sqlite-tune.mjs sets it at start); set here too for tests and `next dev`.
    db.pragma("journal_mode = WAL");
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
  db.pragma("synchronous = NORMAL");
  // Never run a WAL checkpoint from here: copying the log back into the database takes tens of
  // milliseconds once it holds a few MB (measured: a 256 KB callback's commit went from 3 to 50 ms
  // when it triggered one). The studio's main connection (lib/db.ts) keeps checkpointing at the
  // default 1,000 pages, and every handled callback is followed by its writes.
  db.pragma("wal_autocheckpoint = 0");
  const findJob = db.prepare<[string], JobRow>("SELECT id, status, submitState, finishedAt FROM Job WHERE webhookTokenHash = ? LIMIT 1");
  const countCallback = db.prepare<[string, number]>("UPDATE Job SET webhookCallbacks = webhookCallbacks + 1 WHERE id = ? AND webhookCallbacks < ?");
  const insert = db.prepare<[string, string, string]>("INSERT INTO WebhookEvent (jobId, body, receivedAt) VALUES (?, ?, ?)");
  // BEGIN IMMEDIATE takes the write lock up front, or fails at once (busy timeout 0).
  const append = db.transaction((jobId: string, body: string, receivedAt: string): boolean => {
    if (countCallback.run(jobId, MAX_CALLBACKS_PER_JOB).changes === 0) return false;
    insert.run(jobId, body, receivedAt);
    return true;
  });

  return {
    location: file,
    async store(token, body, options = {}) {
      if (!WEBHOOK_TOKEN.test(token)) return { outcome: "unknown" };
      const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
      const job = await withoutBlocking(() => findJob.get(hashWebhookToken(token)), maxWaitMs);
      if (job === BUSY) return { outcome: "busy" };
      if (!job) return { outcome: "unknown" };
      if (tokenEnded({ ...job, finishedAtMs: toMs(job.finishedAt) }, Date.now())) return { outcome: "ended" };
      // Prisma's own DateTime text format, so both connections read the column alike.
      const receivedAt = new Date().toISOString().replace("Z", "+00:00");
      const appended = await withoutBlocking(() => append.immediate(job.id, body, receivedAt), maxWaitMs);
      if (appended === BUSY) return { outcome: "busy" };
      return appended ? { outcome: "stored", jobId: job.id } : { outcome: "full" };
    },
    close() {
      db.close();
    },
  };
}

/** Prisma stores DateTime as text ("…+00:00") here; tolerate epoch numbers too. */
function toMs(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : Date.parse(String(value));
}

const BUSY = Symbol("busy");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a short synchronous step; while the database is locked, retries it later instead of waiting. */
async function withoutBlocking<T>(step: () => T, maxWaitMs: number): Promise<T | typeof BUSY> {
  const deadline = Date.now() + maxWaitMs;
  for (let delay = 1; ; delay = Math.min(delay * 2, 100)) {
    try {
      return step();
    } catch (error) {
      if (!isBusy(error)) throw error;
    }
    const wait = delay / 2 + Math.random() * delay;
    if (Date.now() + wait > deadline) return BUSY;
    await sleep(wait);
  }
}
