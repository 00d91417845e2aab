#!/usr/bin/env node
// The production server: Next.js behind a plain node:http server whose one extra job is the
// webhook fast path. Vendor callbacks (POST /api/webhooks/<token>) are stored and answered
// here, before Next.js routing, at the speed of one SQLite insert; everything else — pages,
// actions, the API, and the same route in `next dev` — goes to Next.js as usual.
// Started by scripts/start.mjs, which prepares the environment first.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { storeWebhookCallback } from "../lib/data/webhooks/webhook-inbox.mjs";
import { createClientIpStamp } from "../lib/http/client-ip.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const MAX_WEBHOOK_BYTES = 256 * 1024;
const WEBHOOK_PATH = /^\/api\/webhooks\/([^/?#]+)\/?(?:\?.*)?$/;

function reply(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}

function handleWebhook(req, res, token) {
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size > MAX_WEBHOOK_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on("error", () => res.destroy());
  req.on("end", () => {
    if (tooLarge) return reply(res, 413, { error: `The body is larger than ${MAX_WEBHOOK_BYTES} bytes.` });
    const body = Buffer.concat(chunks).toString("utf8");
    let jobId;
    try {
      jobId = storeWebhookCallback(decodeURIComponent(token), body);
    } catch (error) {
      console.error("[atelier] storing a webhook failed:", error);
      return reply(res, 500, { error: "Something went wrong on our side." });
    }
    if (!jobId) return reply(res, 404, { error: "Unknown webhook." });
    // Stored before the 2xx; the engine (started by instrumentation.ts in this process)
    // re-fetches the task from the vendor before trusting anything in the body.
    reply(res, 200, { ok: true });
    globalThis.atelierJobEngine?.onWebhook(jobId, body);
  });
}

const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();

// Sign-in limits count per client address: stamped here from the socket (TRUSTED_PROXIES decide
// whether X-Forwarded-For is believed), since next-auth's authorize() cannot see the socket.
const stampClientIp = createClientIpStamp(process.env.TRUSTED_PROXIES);
const server = http.createServer((req, res) => {
  stampClientIp(req);
  const match = req.method === "POST" ? WEBHOOK_PATH.exec(req.url ?? "") : null;
  if (match) return handleWebhook(req, res, match[1]);
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.on("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `[atelier] port ${port} is already in use: stop the other server or set PORT.` : error);
  process.exit(1);
});
server.listen(port, () => console.log(`[atelier] ready on http://localhost:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
