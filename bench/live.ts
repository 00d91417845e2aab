// npm run bench:live – time from a webhook's acknowledgement to the matching Server-Sent
// Event in a subscribed browser-like client, p50/p95 over 500 events (production build).
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { seedRunningJobs } from "./support/seed-running-jobs";
import { signInCookie } from "./support/sign-in";
import { openEventStream } from "./support/sse-client";
import { BENCH_ADMIN, startStudio } from "./support/start-studio";
import { ms, percentile } from "./support/stats";
import { startStubTtapiVendor } from "./support/stub-ttapi-vendor";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 500);
const JOBS = 50;
const VENDOR_KEY = "bench-vendor-key-0002";

async function main() {
  const vendor = await startStubTtapiVendor(VENDOR_KEY);
  const port = Number(process.env.BENCH_PORT ?? 3521);
  const studio = await startStudio({ port, env: { PUBLIC_URL: `http://127.0.0.1:${port}` } });
  try {
    execFileSync(
      "npm",
      ["run", "--silent", "vendor", "--", "add", "--name", "Bench vendor", "--protocol", "ttapi", "--base-url", vendor.url, "--key", VENDOR_KEY],
      {
        env: { ...process.env, DATA_DIR: studio.dataDir },
        stdio: "ignore",
      },
    );
    const jobs = seedRunningJobs(studio.dataDir, "Bench vendor", BENCH_ADMIN.email, JOBS);
    const db = new Database(path.join(studio.dataDir, "atelier.db"));
    db.prepare("UPDATE VendorConnection SET rateLimitPerMin = 100000 WHERE name = 'Bench vendor'").run();
    db.close();
    for (const job of jobs) vendor.tasks.set(job.taskId, { progress: 1 });

    const cookie = await signInCookie(studio.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    const waiting = new Map<string, (at: number) => void>();
    const stream = await openEventStream(`${studio.url}/api/events`, cookie, (event) => {
      if (event.type !== "job") return;
      const { jobId } = JSON.parse(event.data) as { jobId: string };
      waiting.get(jobId)?.(performance.now());
    });

    const latencies: number[] = [];
    const fromSend: number[] = [];
    let timeouts = 0;
    for (let i = 0; i < EVENTS; i++) {
      const job = jobs[i % jobs.length];
      const task = vendor.tasks.get(job.taskId)!;
      task.progress = Math.min(98, task.progress + 1);
      const seen = new Promise<number>((resolve) => {
        waiting.set(job.id, resolve);
        setTimeout(() => resolve(-1), 5000);
      });
      const body = JSON.stringify({ status: "ON_QUEUE", jobId: job.taskId, message: "", data: { jobId: job.taskId, progress: String(task.progress) } });
      const sentAt = performance.now();
      const response = await fetch(`${studio.url}/api/webhooks/${job.token}`, { method: "POST", headers: { "content-type": "application/json" }, body });
      await response.arrayBuffer();
      const ackedAt = performance.now();
      const eventAt = await seen;
      waiting.delete(job.id);
      if (eventAt < 0) timeouts++;
      else {
        // The event can arrive before the acknowledgement's response is read: that counts as 0.
        latencies.push(Math.max(0, eventAt - ackedAt));
        fromSend.push(eventAt - sentAt);
      }
    }
    stream.close();
    console.log(`\nwebhook acknowledged → SSE event received, ${EVENTS} events over ${JOBS} jobs (includes the engine's re-fetch from the vendor)\n`);
    console.log(
      `ack → event:      p50 ${ms(percentile(latencies, 50))}   p95 ${ms(percentile(latencies, 95))}   max ${ms(Math.max(...latencies))}   missed ${timeouts}`,
    );
    console.log(`webhook sent → event: p50 ${ms(percentile(fromSend, 50))}   p95 ${ms(percentile(fromSend, 95))}   max ${ms(Math.max(...fromSend))}`);
    console.log(`aim: p95 < 100 ms → ${percentile(latencies, 95) < 100 && timeouts === 0 ? "met" : "NOT met"}`);
  } finally {
    await studio.stop();
    await vendor.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
