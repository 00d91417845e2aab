// npm run bench:live – time from a webhook's acknowledgement to the matching Server-Sent
// Event in a subscribed browser-like client, p50/p95 over 500 events (production build), once on
// SQLite and once on a fresh PostgreSQL database, printed side by side.
// Env: BENCH_DATABASES=sqlite|postgresql|both, BENCH_EVENTS (500), BENCH_PORT, BENCH_POSTGRES_URL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { DatabaseProvider } from "../lib/database-url";
import { benchDatabases, createBenchPostgres, PROVIDER_LABEL } from "./support/bench-databases";
import { openBenchSql } from "./support/bench-sql";
import { comparisonTable } from "./support/compare-table";
import { seedRunningJobs } from "./support/seed-running-jobs";
import { signInCookie } from "./support/sign-in";
import { openEventStream } from "./support/sse-client";
import { BENCH_ADMIN, databaseEnv, startStudio } from "./support/start-studio";
import { percentile } from "./support/stats";
import { startStubTtapiVendor } from "./support/stub-ttapi-vendor";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 500);
const JOBS = 50;
const VENDOR_KEY = "bench-vendor-key-0002";

interface Run {
  latencies: number[];
  fromSend: number[];
  timeouts: number;
}

async function measure(provider: DatabaseProvider): Promise<Run> {
  console.log(`[bench] ${PROVIDER_LABEL[provider]}: starting the production studio ...`);
  const postgres = provider === "postgresql" ? await createBenchPostgres("live") : undefined;
  const database = { provider, url: postgres?.url };
  const vendor = await startStubTtapiVendor(VENDOR_KEY);
  const port = Number(process.env.BENCH_PORT ?? 3521);
  const studio = await startStudio({ port, env: { PUBLIC_URL: `http://127.0.0.1:${port}` }, database });
  try {
    execFileSync(
      "npm",
      ["run", "--silent", "vendor", "--", "add", "--name", "Bench vendor", "--protocol", "ttapi", "--base-url", vendor.url, "--key", VENDOR_KEY],
      { env: databaseEnv({ ...process.env, DATA_DIR: studio.dataDir }, database), stdio: "ignore" },
    );
    const sql = await openBenchSql(studio);
    const jobs = await seedRunningJobs(sql, "Bench vendor", BENCH_ADMIN.email, JOBS);
    await sql.run(`UPDATE "VendorConnection" SET "rateLimitPerMin" = 100000 WHERE "name" = 'Bench vendor'`);
    await sql.close();
    for (const job of jobs) vendor.tasks.set(job.taskId, { progress: 1 });

    const cookie = await signInCookie(studio.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    const waiting = new Map<string, (at: number) => void>();
    const stream = await openEventStream(`${studio.url}/api/events`, cookie, (event) => {
      if (event.type !== "job") return;
      const { jobId } = JSON.parse(event.data) as { jobId: string };
      waiting.get(jobId)?.(performance.now());
    });

    const run: Run = { latencies: [], fromSend: [], timeouts: 0 };
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
      if (eventAt < 0) run.timeouts++;
      else {
        // The event can arrive before the acknowledgement's response is read: that counts as 0.
        run.latencies.push(Math.max(0, eventAt - ackedAt));
        run.fromSend.push(eventAt - sentAt);
      }
    }
    stream.close();
    return run;
  } finally {
    await studio.stop();
    await vendor.close();
    await postgres?.drop();
    if (!process.env.BENCH_KEEP) fs.rmSync(studio.dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const providers = benchDatabases();
  const runs: Partial<Record<DatabaseProvider, Run>> = {};
  for (const provider of providers) runs[provider] = await measure(provider);
  const pick = (get: (run: Run) => number) => Object.fromEntries(providers.map((p) => [p, get(runs[p]!)]));
  const max = (values: number[]) => (values.length ? Math.max(...values) : NaN);
  console.log(
    "\n" +
      comparisonTable(
        `webhook acknowledged → SSE event received, ${EVENTS} events over ${JOBS} jobs (includes the engine's re-fetch from the vendor)`,
        providers,
        [
          { label: "ack → event p50", unit: "ms", values: pick((r) => percentile(r.latencies, 50)) },
          { label: "ack → event p95", unit: "ms", values: pick((r) => percentile(r.latencies, 95)) },
          { label: "ack → event max", unit: "ms", values: pick((r) => max(r.latencies)) },
          { label: "events missed (> 5 s)", unit: "", digits: 0, values: pick((r) => r.timeouts) },
          { label: "webhook sent → event p50", unit: "ms", values: pick((r) => percentile(r.fromSend, 50)) },
          { label: "webhook sent → event p95", unit: "ms", values: pick((r) => percentile(r.fromSend, 95)) },
          { label: "webhook sent → event max", unit: "ms", values: pick((r) => max(r.fromSend)) },
        ],
      ),
  );
  for (const provider of providers) {
    const r = runs[provider]!;
    console.log(`aim on ${PROVIDER_LABEL[provider]}: p95 < 100 ms → ${percentile(r.latencies, 95) < 100 && r.timeouts === 0 ? "met" : "NOT met"}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
