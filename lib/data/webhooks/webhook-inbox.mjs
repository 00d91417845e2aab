// The webhook inbox, in plain ESM so both the server's fast path (scripts/server.mjs, before
// Next.js routing) and the data layer (store-webhook-event.ts) use this one implementation.
// One short write per callback on its own SQLite connection: a burst of vendor callbacks is
// acknowledged as fast as SQLite can append them, never queued behind the job engine's queries.
//
// better-sqlite3 is synchronous, so this connection must never WAIT for a lock: a busy timeout
// would sleep on the event loop, and when the lock is held by a transaction of this same process
// (a Prisma interactive transaction awaiting between statements) it cannot even be released
// until the wait times out: the whole studio froze for 15 s. Here the busy timeout is 0 and a
// locked database is retried asynchronously with a short backoff (issue 11 item 8).
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { databaseFile } from "../../runtime-paths.mjs";

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const TERMINAL = new Set(["SUCCEEDED", "FAILED", "CANCELLED"]);

/**
 * Callbacks one job may store. trueai-org/midjourney-proxy notifies once per status/progress
 * change and drops any that does not move forward (src/Midjourney.Services/NotifyService.cs:
 * 112-123), so a real task sends a few dozen; the cap bounds what a leaked token can append
 * (200 × 256 KB) instead of letting it append for ever.
 */
export const MAX_CALLBACKS_PER_JOB = 200;
/**
 * A token keeps working this long after its job ended: a vendor's final SUCCESS callback (and its
 * retries) can arrive after polling has already finished the job.
 */
export const WEBHOOK_GRACE_MS = 10 * 60_000;
/** How long a callback waits (asynchronously) for a locked database before it is answered 503. */
const DEFAULT_MAX_WAIT_MS = 10_000;

const globalForInbox = globalThis;

export function hashWebhookToken(token) {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A job failed "for review" (its submit's outcome was unknown) may still get its task id from
 * the vendor's first callback, which is how it is adopted: its token lives as long as the
 * studio would have waited for the task (JOB_TIMEOUT_S, validated by lib/env.ts; 900 s by
 * default), plus the grace.
 */
function reviewWindowMs() {
  const seconds = Number(process.env.JOB_TIMEOUT_S);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 900) * 1000 + WEBHOOK_GRACE_MS;
}

function isBusy(error) {
  const code = error && typeof error === "object" ? error.code : undefined;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

function openInbox(file) {
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
  const findJob = db.prepare("SELECT id, status, submitState, finishedAt FROM Job WHERE webhookTokenHash = ? LIMIT 1");
  const countCallback = db.prepare("UPDATE Job SET webhookCallbacks = webhookCallbacks + 1 WHERE id = ? AND webhookCallbacks < ?");
  const insert = db.prepare("INSERT INTO WebhookEvent (jobId, body, receivedAt) VALUES (?, ?, ?)");
  // BEGIN IMMEDIATE takes the write lock up front, or fails at once (busy timeout 0).
  const append = db.transaction((jobId, body, receivedAt) => {
    if (countCallback.run(jobId, MAX_CALLBACKS_PER_JOB).changes === 0) return false;
    insert.run(jobId, body, receivedAt);
    return true;
  });
  return { file, db, findJob, append: (...args) => append.immediate(...args) };
}

function inbox() {
  const file = databaseFile();
  let state = globalForInbox.atelierWebhookInbox;
  if (state?.file !== file) state = globalForInbox.atelierWebhookInbox = openInbox(file);
  return state;
}

/** Prisma stores DateTime as text ("…+00:00") here; tolerate epoch numbers too. */
function toMs(value) {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : Date.parse(String(value));
}

function tokenEnded(job, now) {
  if (!TERMINAL.has(job.status)) return false;
  const finishedAt = toMs(job.finishedAt);
  if (finishedAt === null || Number.isNaN(finishedAt)) return true;
  const window = job.status === "FAILED" && job.submitState === "REVIEW" ? reviewWindowMs() : WEBHOOK_GRACE_MS;
  return now - finishedAt > window;
}

const BUSY = Symbol("busy");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a short synchronous step; while the database is locked, retries it later instead of waiting. */
async function withoutBlocking(step, maxWaitMs) {
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

/**
 * Stores a callback for the job whose random token is in the URL, never blocking the event loop
 * for longer than one short write. Outcomes: `stored` (with the job id), `unknown` (no job has
 * that token: 404), `ended` (the job ended longer ago than the grace: 410), `full` (the job has
 * stored its MAX_CALLBACKS_PER_JOB: 429), `busy` (the database stayed locked: 503, the vendor or
 * polling delivers the update later). Only `stored` stores anything.
 */
export async function storeWebhookCallback(token, body, options = {}) {
  if (!TOKEN.test(token)) return { outcome: "unknown" };
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const state = inbox();
  const job = await withoutBlocking(() => state.findJob.get(hashWebhookToken(token)), maxWaitMs);
  if (job === BUSY) return { outcome: "busy" };
  if (!job) return { outcome: "unknown" };
  if (tokenEnded(job, Date.now())) return { outcome: "ended" };
  // Prisma's own DateTime text format, so both connections read the column alike.
  const receivedAt = new Date().toISOString().replace("Z", "+00:00");
  const appended = await withoutBlocking(() => state.append(job.id, body, receivedAt), maxWaitMs);
  if (appended === BUSY) return { outcome: "busy" };
  return appended ? { outcome: "stored", jobId: job.id } : { outcome: "full" };
}
