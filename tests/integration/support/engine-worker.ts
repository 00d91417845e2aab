// A studio process for the crash-recovery test: the job engine and the webhook intake on a
// fixed port, against the test's data folder. The test SIGKILLs it at random moments.
import { createJobEngine } from "@/lib/jobs/engine-instance";
import type { JobEngine } from "@/lib/jobs/job-engine";
import { startWebhookReceiverOnPort } from "./webhook-receiver";

async function main() {
  const port = Number(process.env.WORKER_WEBHOOK_PORT);
  const ref: { engine?: JobEngine } = {};
  await startWebhookReceiverOnPort(port, () => ref.engine);
  const engine = (ref.engine = createJobEngine({ pollIntervalMs: 150, tickMs: 50, publicUrl: `http://127.0.0.1:${port}` }));
  engine.start();
  console.log("worker ready");
}

void main();
