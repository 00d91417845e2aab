// npm run bench:webhooks – webhook intake of the production build on loopback: a burst of
// valid callbacks (10 % duplicates, 5 % out of order) at 32 connections, beside the floor
// (bare node:http storing the same bodies: better-sqlite3 on SQLite, pg on PostgreSQL), and the
// ratio of the two; once on SQLite and once on a fresh PostgreSQL database, printed side by side.
// Env: BENCH_DATABASES=sqlite|postgresql|both, BENCH_REQUESTS (4000), BENCH_PORT, BENCH_POSTGRES_URL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { DatabaseProvider } from "../lib/database-url";
import { benchDatabases, createBenchPostgres, PROVIDER_LABEL } from "./support/bench-databases";
import { openBenchSql } from "./support/bench-sql";
import { comparisonTable } from "./support/compare-table";
import { fire, type FireResult } from "./support/fire";
import { startFloorServer } from "./support/floor-server";
import { seedRunningJobs } from "./support/seed-running-jobs";
import { BENCH_ADMIN, databaseEnv, startStudio } from "./support/start-studio";
import { startStubTtapiVendor } from "./support/stub-ttapi-vendor";

const JOBS = 200;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = 32;
const VENDOR_KEY = "bench-vendor-key-0001";

function callback(taskId: string, progress: number) {
  const status = progress >= 100 ? "SUCCESS" : "ON_QUEUE";
  return JSON.stringify({ status, jobId: taskId, message: "", data: { jobId: taskId, actions: "imagine", progress: String(progress), prompt: "bench" } });
}

/** Per job a rising sequence of progress callbacks; then 10 % duplicated and 5 % swapped with their predecessor. */
function buildBurst(baseUrl: string, jobs: { taskId: string; token: string }[]) {
  const requests: { url: string; body: string }[] = [];
  let step = 0;
  while (requests.length < REQUESTS) {
    for (const job of jobs) {
      if (requests.length >= REQUESTS) break;
      const request = { url: `${baseUrl}/api/webhooks/${job.token}`, body: callback(job.taskId, Math.min(99, 5 + step)) };
      requests.push(request);
      if (Math.random() < 0.1 && requests.length < REQUESTS) requests.push({ ...request });
    }
    step++;
  }
  for (let i = 1; i < requests.length; i++) {
    if (Math.random() < 0.05) [requests[i - 1], requests[i]] = [requests[i], requests[i - 1]];
  }
  return requests;
}

interface Run {
  studio: FireResult;
  floor: FireResult;
  stored: number;
  refetches: number;
}

async function measure(provider: DatabaseProvider): Promise<Run> {
  console.log(`[bench] ${PROVIDER_LABEL[provider]}: starting the production studio ...`);
  const postgres = provider === "postgresql" ? await createBenchPostgres("webhooks") : undefined;
  const database = { provider, url: postgres?.url };
  const vendor = await startStubTtapiVendor(VENDOR_KEY);
  const port = Number(process.env.BENCH_PORT ?? 3520);
  const studio = await startStudio({ port, env: { PUBLIC_URL: `http://127.0.0.1:${port}` }, database });
  try {
    execFileSync(
      "npm",
      ["run", "--silent", "vendor", "--", "add", "--name", "Bench vendor", "--protocol", "ttapi", "--base-url", vendor.url, "--key", VENDOR_KEY],
      { env: databaseEnv({ ...process.env, DATA_DIR: studio.dataDir }, database), stdio: "ignore" },
    );
    const sql = await openBenchSql(studio);
    try {
      const jobs = await seedRunningJobs(sql, "Bench vendor", BENCH_ADMIN.email, JOBS);
      for (const job of jobs) vendor.tasks.set(job.taskId, { progress: 50 });
      await sql.run(`UPDATE "VendorConnection" SET "rateLimitPerMin" = 100000 WHERE "name" = 'Bench vendor'`);

      // Warm up the route (JIT, first compile of the handler) before measuring.
      await fire(buildBurst(studio.url, jobs).slice(0, 300), CONCURRENCY);
      const studioResult = await fire(buildBurst(studio.url, jobs), CONCURRENCY);

      const floor = await startFloorServer(database);
      await fire(buildBurst(floor.url, jobs).slice(0, 300), CONCURRENCY);
      const floorResult = await fire(buildBurst(floor.url, jobs), CONCURRENCY);
      await floor.close();

      const [stored] = await sql.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "WebhookEvent"`);
      return { studio: studioResult, floor: floorResult, stored: Number(stored.n), refetches: vendor.fetchCount() };
    } finally {
      await sql.close();
    }
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
  console.log(
    "\n" +
      comparisonTable(`webhook intake: ${REQUESTS} callbacks, ${CONCURRENCY} connections, ${JOBS} jobs (10 % duplicates, 5 % out of order)`, providers, [
        { label: "studio throughput", unit: "acks/s", digits: 0, values: pick((r) => r.studio.perSecond) },
        { label: "studio p50", unit: "ms", values: pick((r) => r.studio.p50) },
        { label: "studio p99", unit: "ms", values: pick((r) => r.studio.p99) },
        { label: "studio failures", unit: "", digits: 0, values: pick((r) => r.studio.failures) },
        { label: "floor throughput", unit: "acks/s", digits: 0, values: pick((r) => r.floor.perSecond) },
        { label: "floor p50", unit: "ms", values: pick((r) => r.floor.p50) },
        { label: "floor p99", unit: "ms", values: pick((r) => r.floor.p99) },
        { label: "floor failures", unit: "", digits: 0, values: pick((r) => r.floor.failures) },
        { label: "studio / floor throughput", unit: "", values: pick((r) => r.studio.perSecond / r.floor.perSecond) },
        { label: "events stored by the studio", unit: "", digits: 0, values: pick((r) => r.stored) },
        { label: "vendor re-fetches made", unit: "", digits: 0, values: pick((r) => r.refetches) },
      ]),
  );
  console.log("\nfloor: bare node:http storing each body (SQLite: better-sqlite3; PostgreSQL: pg, a pool of 10, one INSERT per callback)");
  for (const provider of providers) {
    const r = runs[provider]!.studio;
    console.log(`aim on ${PROVIDER_LABEL[provider]}: ≥ 1000 acks/s and p99 < 50 ms → ${r.perSecond >= 1000 && r.p99 < 50 ? "met" : "NOT met"}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
