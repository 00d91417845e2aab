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
import { installCrashGuards } from "../lib/crash-guard.mjs";
import { handleWebhookRequest, webhookToken } from "../lib/data/webhooks/webhook-fast-path.mjs";
import { createClientIpStamp } from "../lib/http/client-ip.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
// A stray rejection is logged; a stray exception drains and exits 1 for a supervisor to restart.
const guards = installCrashGuards({ stopWork: () => globalThis.atelierJobEngine?.stop() });

const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();

// Sign-in limits count per client address: stamped here from the socket (TRUSTED_PROXIES decide
// whether X-Forwarded-For is believed), since next-auth's authorize() cannot see the socket.
const stampClientIp = createClientIpStamp(process.env.TRUSTED_PROXIES);
const server = http.createServer((req, res) => {
  stampClientIp(req);
  const token = webhookToken(req);
  if (token !== null) return handleWebhookRequest(req, res, token, (jobId, body) => globalThis.atelierJobEngine?.onWebhook(jobId, body));
  handle(req, res);
});
guards.attach(server);
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
