// When a job's webhook token stops taking callbacks: the same rules for every inbox.
import { TERMINAL_STATUSES } from "@/lib/domain/job-status";
import { WEBHOOK_GRACE_MS } from "./webhook-inbox";

/** What a token in a callback URL looks like (anything else is unknown without a lookup). */
export const WEBHOOK_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** How long a callback waits (asynchronously) for a locked database before it is answered 503. */
export const DEFAULT_MAX_WAIT_MS = 10_000;

const TERMINAL = new Set<string>(TERMINAL_STATUSES);

/**
 * A job failed "for review" (its submit's outcome was unknown) may still get its task id from
 * the vendor's first callback, which is how it is adopted: its token lives as long as the
 * studio would have waited for the task (JOB_TIMEOUT_S, validated by lib/env.ts; 900 s by
 * default), plus the grace.
 */
function reviewWindowMs(): number {
  const seconds = Number(process.env.JOB_TIMEOUT_S);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 900) * 1000 + WEBHOOK_GRACE_MS;
}

/** The job a token belongs to, as an inbox reads it (finishedAt in epoch milliseconds). */
export interface TokenJob {
  status: string;
  submitState: string;
  finishedAtMs: number | null;
}

/** True once the job's token no longer takes callbacks (410). */
export function tokenEnded(job: TokenJob, now: number): boolean {
  if (!TERMINAL.has(job.status)) return false;
  if (job.finishedAtMs === null || Number.isNaN(job.finishedAtMs)) return true;
  const window = job.status === "FAILED" && job.submitState === "REVIEW" ? reviewWindowMs() : WEBHOOK_GRACE_MS;
  return now - job.finishedAtMs > window;
}
