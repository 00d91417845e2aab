// The production server's webhook fast path (scripts/server.mjs): a vendor callback
// (POST /api/webhooks/<token>) is stored and answered before Next.js routing, at the speed of
// one SQLite insert, then handed to the job engine running in this process.
import { storeWebhookCallback } from "./webhook-inbox.mjs";
import { webhookReply } from "./webhook-reply.mjs";

export const MAX_WEBHOOK_BYTES = 256 * 1024;
export const WEBHOOK_PATH = /^\/api\/webhooks\/([^/?#]+)\/?(?:\?.*)?$/;

function reply(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers }).end(JSON.stringify(body));
}

/** The token when `req` is a vendor callback, else null (Next.js handles it). */
export function webhookToken(req) {
  const match = req.method === "POST" ? WEBHOOK_PATH.exec(req.url ?? "") : null;
  return match ? match[1] : null;
}

/** Reads, stores and answers one callback; `onStored(jobId, body)` runs after the 2xx. */
export function handleWebhookRequest(req, res, token, onStored) {
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size > MAX_WEBHOOK_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on("error", () => res.destroy());
  req.on("end", async () => {
    if (tooLarge) return reply(res, 413, { error: `The body is larger than ${MAX_WEBHOOK_BYTES} bytes.` });
    const body = Buffer.concat(chunks).toString("utf8");
    let result;
    try {
      let decoded;
      try {
        decoded = decodeURIComponent(token);
      } catch {
        return reply(res, 404, { error: "Unknown webhook." });
      }
      result = await storeWebhookCallback(decoded, body);
    } catch (error) {
      console.error("[atelier] storing a webhook failed:", error);
      return reply(res, 500, { error: "Something went wrong on our side." });
    }
    const answer = webhookReply(result);
    // Stored before the 2xx; the engine re-fetches the task from the vendor before trusting anything in the body.
    reply(res, answer.status, answer.body, answer.headers);
    if (result.outcome === "stored") onStored(result.jobId, body);
  });
}
