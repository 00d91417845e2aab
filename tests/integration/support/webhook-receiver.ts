// The production server's webhook fast path (lib/server/webhook-fast-path.ts, as
// scripts/server.ts serves it) on a loopback port, for tests that run the engine without Next.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { handleWebhookRequest, webhookToken } from "@/lib/server/webhook-fast-path";
import type { JobEngine } from "@/lib/jobs/job-engine";

export async function startWebhookReceiver(engine: () => JobEngine | undefined) {
  return startWebhookReceiverOnPort(0, engine);
}

export async function startWebhookReceiverOnPort(listenPort: number, engine: () => JobEngine | undefined) {
  let received = 0;
  const server = http.createServer((req, res) => {
    received++;
    const token = webhookToken(req);
    if (token === null) {
      res.writeHead(404).end();
      return;
    }
    handleWebhookRequest(req, res, token, { onStored: (jobId, body) => engine()?.onWebhook(jobId, body) });
  });
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
