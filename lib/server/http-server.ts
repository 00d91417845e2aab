// The production HTTP server around Next.js: the client address stamped on every request, the
// webhook fast path before Next.js routing, the crash guards, and an orderly stop on SIGTERM or
// SIGINT (no new requests, the engine stopped and drained, the database closed, exit 0).
// scripts/server.ts starts it with Next.js's handler; tests start it with a stand-in.
import http from "node:http";
import { installCrashGuards } from "@/lib/crash-guard";
import { createClientIpStamp } from "@/lib/http/client-ip";
import { services } from "./services";
import { stopServices } from "./stop-services";
import { handleWebhookRequest, webhookToken } from "./webhook-fast-path";

export interface HttpServerOptions {
  port: number;
  host?: string;
  /** Every request that is not a vendor callback (Next.js's request handler). */
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => unknown;
  /** Closes what `handle` serves, at shutdown (Next.js). */
  closeApp?: () => Promise<void>;
  /** How long a shutdown waits for the engine's in-flight work (Docker's default stop timeout is 10 s). */
  drainMs?: number;
}

export function startHttpServer({ port, host, handle, closeApp, drainMs = 7_000 }: HttpServerOptions): http.Server {
  // A stray rejection is logged; a stray exception drains and exits 1 for a supervisor to restart.
  const guards = installCrashGuards({ stopWork: () => services().engine?.stop() });
  // Sign-in limits count per client address: stamped here from the socket (TRUSTED_PROXIES decide
  // whether X-Forwarded-For is believed), since next-auth's authorize() cannot see the socket.
  const stampClientIp = createClientIpStamp(process.env.TRUSTED_PROXIES);
  const server = http.createServer((req, res) => {
    stampClientIp(req);
    const token = webhookToken(req);
    if (token !== null) return handleWebhookRequest(req, res, token);
    void handle(req, res);
  });
  guards.attach(server);
  server.keepAliveTimeout = 65_000;
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `[atelier] port ${port} is already in use: stop the other server or set PORT.` : error);
    process.exit(1);
  });
  server.listen(port, host, () => console.log(`[atelier] ready on http://localhost:${port}`));

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[atelier] ${signal}: no new requests; letting the job engine finish what is in flight`);
    // Whatever hangs below, the process ends in time for a supervisor's stop timeout.
    setTimeout(() => process.exit(0), drainMs + 3_000).unref();
    server.close();
    server.closeIdleConnections();
    try {
      await stopServices({ drainMs });
      await Promise.race([closeApp?.(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    } catch (error) {
      console.error("[atelier] shutting down:", error);
    }
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
  return server;
}
