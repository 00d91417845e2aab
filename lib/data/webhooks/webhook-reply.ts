// What a vendor is answered for each inbox outcome: one table for the production entry's fast
// path (lib/server/webhook-fast-path.ts) and the Next.js route (app/api/webhooks/[token]/route.ts),
// both through acceptWebhook.
import { MAX_CALLBACKS_PER_JOB, type WebhookStoreResult } from "./webhook-inbox";

export interface WebhookAnswer {
  status: number;
  body: { ok: true } | { error: string };
  headers: Record<string, string>;
}

const NO_STORE = { "cache-control": "no-store" };

const REPLIES: Record<WebhookStoreResult["outcome"], WebhookAnswer> = {
  stored: { status: 200, body: { ok: true }, headers: NO_STORE },
  unknown: { status: 404, body: { error: "Unknown webhook." }, headers: NO_STORE },
  ended: { status: 410, body: { error: "This job has ended; its webhook no longer accepts callbacks." }, headers: NO_STORE },
  full: { status: 429, body: { error: `This job has already sent ${MAX_CALLBACKS_PER_JOB} callbacks; no more are stored.` }, headers: NO_STORE },
  // A database locked for seconds: the vendor may retry, and polling finishes the job regardless.
  busy: { status: 503, body: { error: "The studio is busy; try again shortly." }, headers: { ...NO_STORE, "retry-after": "1" } },
};

export function webhookReply(result: WebhookStoreResult): WebhookAnswer {
  return REPLIES[result.outcome];
}

/** The inbox itself failed (not a locked database): logged by acceptWebhook. */
export const WEBHOOK_FAILED: WebhookAnswer = { status: 500, body: { error: "Something went wrong on our side." }, headers: NO_STORE };
