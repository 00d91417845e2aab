// The studio's webhook intake (the same data function and engine call as
// app/api/webhooks/[token]/route.ts) on a loopback port, for tests that run the engine
// without Next.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { storeWebhookEvent } from "@/lib/data/webhooks/store-webhook-event";
import type { JobEngine } from "@/lib/jobs/job-engine";

export async function startWebhookReceiver(engine: () => JobEngine | undefined) {
  return startWebhookReceiverOnPort(0, engine);
}

export async function startWebhookReceiverOnPort(listenPort: number, engine: () => JobEngine | undefined) {
  let received = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      received++;
      const token = (req.url ?? "").split("/api/webhooks/")[1] ?? "";
      const body = Buffer.concat(chunks).toString("utf8");
      const stored = await storeWebhookEvent(token, body);
      if (!stored) {
        res.writeHead(404).end();
        return;
      }
      engine()?.onWebhook(stored.jobId, body);
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
