// The one way a vendor callback comes in: stored in the inbox, answered, and handed to the job
// engine. The production entry's fast path (lib/server/webhook-fast-path.ts, before Next.js
// routing) and the Next.js route (app/api/webhooks/[token]/route.ts, what `next dev` serves)
// both call this, so both answer alike and the tests cover the code both use.
import { services } from "@/lib/server/services";
import { webhookInbox } from "./webhook-inbox-instance";
import type { WebhookInbox } from "./webhook-inbox";
import { WEBHOOK_FAILED, webhookReply, type WebhookAnswer } from "./webhook-reply";

/** Bodies larger than this are refused (413) before they reach acceptWebhook. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

export interface AcceptWebhookDeps {
  inbox?: WebhookInbox;
  /** Runs after a callback was stored: by default this process's engine re-fetches the task. */
  onStored?: (jobId: string, body: string) => void;
}

function wakeEngine(jobId: string, body: string): void {
  services().engine?.onWebhook(jobId, body);
}

/** Stores `body` for the job whose token this is (already URL-decoded) and says what to answer. */
export async function acceptWebhook(token: string, body: string, deps: AcceptWebhookDeps = {}): Promise<WebhookAnswer> {
  let result;
  try {
    result = await (deps.inbox ?? webhookInbox()).store(token, body);
  } catch (error) {
    console.error("[atelier] storing a webhook failed:", error);
    return WEBHOOK_FAILED;
  }
  // Stored before the 2xx: if the server dies after answering, the event is still here. The body
  // is only a hint: the engine re-fetches the task from the vendor before trusting anything in it.
  if (result.outcome === "stored") (deps.onStored ?? wakeEngine)(result.jobId, body);
  return webhookReply(result);
}

/** What a body over MAX_WEBHOOK_BYTES is answered, by both paths. */
export const WEBHOOK_TOO_LARGE: WebhookAnswer = {
  status: 413,
  body: { error: `The body is larger than ${MAX_WEBHOOK_BYTES} bytes.` },
  headers: { "cache-control": "no-store" },
};
