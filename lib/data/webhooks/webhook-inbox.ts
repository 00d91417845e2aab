// Where vendor callbacks are stored before they are answered: the interface and its limits. The
// SQLite inbox (sqlite-webhook-inbox.ts) is the one implementation today; the scale-out issue adds
// a PostgreSQL one behind the same interface. This process's inbox: webhook-inbox-instance.ts.
import { createHash } from "node:crypto";

/**
 * Outcomes: `stored` (with the job id), `unknown` (no job has that token: 404), `ended` (the job
 * ended longer ago than the grace: 410), `full` (the job has stored its MAX_CALLBACKS_PER_JOB:
 * 429), `busy` (the database stayed locked: 503, the vendor or polling delivers the update later).
 */
export type WebhookStoreResult = { outcome: "stored"; jobId: string } | { outcome: "unknown" | "ended" | "full" | "busy" };

export interface WebhookInbox {
  /** What the inbox was opened on: a process whose database changes (tests) opens a new one. */
  readonly location: string;
  /**
   * Stores a callback for the job whose random token is in the URL, never blocking the event
   * loop for longer than one short write. Only `stored` stores anything.
   */
  store(token: string, body: string, options?: { maxWaitMs?: number }): Promise<WebhookStoreResult>;
  close(): void;
}

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

export function hashWebhookToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
