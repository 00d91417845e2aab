// The production entry's webhook fast path (scripts/server.ts): a vendor callback
// (POST /api/webhooks/<token>) is answered before Next.js routing, at the speed of one SQLite
// insert. Only the HTTP reading and writing is here; what is stored and answered is acceptWebhook,
// the same function the Next.js route calls.
import type { IncomingMessage, ServerResponse } from "node:http";
import { acceptWebhook, MAX_WEBHOOK_BYTES, WEBHOOK_TOO_LARGE, type AcceptWebhookDeps } from "@/lib/data/webhooks/accept-webhook";
import type { WebhookAnswer } from "@/lib/data/webhooks/webhook-reply";

export const WEBHOOK_PATH = /^\/api\/webhooks\/([^/?#]+)\/?(?:\?.*)?$/;

const UNKNOWN: WebhookAnswer = { status: 404, body: { error: "Unknown webhook." }, headers: { "cache-control": "no-store" } };

function reply(res: ServerResponse, answer: WebhookAnswer): void {
  res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(JSON.stringify(answer.body));
}

/** The token when `req` is a vendor callback, else null (Next.js handles it). */
export function webhookToken(req: IncomingMessage): string | null {
  const match = req.method === "POST" ? WEBHOOK_PATH.exec(req.url ?? "") : null;
  return match ? match[1] : null;
}

/** Reads one callback's body (up to MAX_WEBHOOK_BYTES) and answers it with acceptWebhook. */
export function handleWebhookRequest(req: IncomingMessage, res: ServerResponse, token: string, deps?: AcceptWebhookDeps): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_WEBHOOK_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on("error", () => res.destroy());
  req.on("end", async () => {
    if (tooLarge) return reply(res, WEBHOOK_TOO_LARGE);
    let decoded: string;
    try {
      decoded = decodeURIComponent(token);
    } catch {
      return reply(res, UNKNOWN);
    }
    reply(res, await acceptWebhook(decoded, Buffer.concat(chunks).toString("utf8"), deps));
  });
}
