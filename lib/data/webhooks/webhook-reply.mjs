// What a vendor is answered for each inbox outcome: one table for the server's fast path
// (scripts/server.mjs) and the Next.js route (app/api/webhooks/[token]/route.ts).
import { MAX_CALLBACKS_PER_JOB } from "./webhook-inbox.mjs";

const REPLIES = {
  stored: { status: 200, body: { ok: true } },
  unknown: { status: 404, body: { error: "Unknown webhook." } },
  ended: { status: 410, body: { error: "This job has ended; its webhook no longer accepts callbacks." } },
  full: { status: 429, body: { error: `This job has already sent ${MAX_CALLBACKS_PER_JOB} callbacks; no more are stored.` } },
  // A database locked for seconds: the vendor may retry, and polling finishes the job regardless.
  busy: { status: 503, body: { error: "The studio is busy; try again shortly." }, headers: { "retry-after": "1" } },
};

export function webhookReply(result) {
  return REPLIES[result.outcome];
}
