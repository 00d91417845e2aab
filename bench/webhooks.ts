// npm run bench:webhooks – webhook intake of the production build on loopback: a burst of
// valid callbacks (10 % duplicates, 5 % out of order) at 32 connections, beside the floor
// (bare node:http + better-sqlite3 storing the same bodies), and the ratio of the two.
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { fire, type FireResult } from "./support/fire";
import { startFloorServer } from "./support/floor-server";
import { seedRunningJobs } from "./support/seed-running-jobs";
import { BENCH_ADMIN, startStudio } from "./support/start-studio";
import { ms } from "./support/stats";
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

function row(name: string, r: FireResult) {
  return (
    `${name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(7)} acks/s   p50 ${ms(r.p50).padStart(10)}   ` +
    `p99 ${ms(r.p99).padStart(10)}   failures ${r.failures}`
  );
}

async function main() {
  const vendor = await startStubTtapiVendor(VENDOR_KEY);
  const studio = await startStudio({ port: Number(process.env.BENCH_PORT ?? 3520), env: { PUBLIC_URL: "http://127.0.0.1:3520" } });
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
    for (const job of jobs) vendor.tasks.set(job.taskId, { progress: 50 });
    const db = new Database(path.join(studio.dataDir, "atelier.db"));
    db.prepare("UPDATE VendorConnection SET rateLimitPerMin = 100000 WHERE name = 'Bench vendor'").run();
    db.close();

    // Warm up the route (JIT, first compile of the handler) before measuring.
    await fire(buildBurst(studio.url, jobs).slice(0, 300), CONCURRENCY);
    const studioResult = await fire(buildBurst(studio.url, jobs), CONCURRENCY);

    const floor = await startFloorServer();
    await fire(buildBurst(floor.url, jobs).slice(0, 300), CONCURRENCY);
    const floorResult = await fire(buildBurst(floor.url, jobs), CONCURRENCY);
    await floor.close();

    const stored = new Database(path.join(studio.dataDir, "atelier.db"), { readonly: true }).prepare("SELECT COUNT(*) AS n FROM WebhookEvent").get() as {
      n: number;
    };
    console.log(`\nwebhook intake: ${REQUESTS} callbacks, ${CONCURRENCY} connections, ${JOBS} jobs (10 % duplicates, 5 % out of order)\n`);
    console.log(row("studio (production server)", studioResult));
    console.log(row("floor (node:http + sqlite)", floorResult));
    console.log(`\nstudio / floor throughput ratio: ${(studioResult.perSecond / floorResult.perSecond).toFixed(2)}`);
    console.log(`events stored by the studio: ${stored.n}; vendor re-fetches made: ${vendor.fetchCount()}`);
    console.log(`aim: ≥ 1000 acks/s and p99 < 50 ms → ${studioResult.perSecond >= 1000 && studioResult.p99 < 50 ? "met" : "NOT met"}`);
  } finally {
    await studio.stop();
    await vendor.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
