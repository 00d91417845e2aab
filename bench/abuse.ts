// npm run bench:abuse [-- --slow-ms 60000] – real attacks on a production server on loopback,
// with the figures that say whether the studio's limits hold (issue 11):
//   1. parallel wrong-password guesses against one account: how many reached the password check
//      before the lockout (goal ≤ 10),
//   2. the same with a new X-Forwarded-For on every attempt: does the per-address limit hold,
//   3. a flood of callbacks on one job's webhook token: how many were stored (cap 200),
//   4. 2,000 opened-and-dropped live-update streams: listeners and memory before and after,
//   5. one vendor connection that hangs for --slow-ms while another team's jobs run on a healthy
//      one: that team's p95 completion time without and with the hanging vendor.
// Each attack uses its own loopback source address, so one attack's limits do not leak into the next.
// Env: BENCH_PORT (default 3523), BENCH_KEEP=1 keeps the data folder. Options: --slow-ms (default 60000), --guesses, --xff-attempts, --streams.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { dropEventStreams } from "./support/drop-event-streams";
import { rawRequest } from "./support/raw-http";
import { openBenchSql } from "./support/bench-sql";
import { seedRunningJobs } from "./support/seed-running-jobs";
import { completionTimes, seedQueuedJobs } from "./support/seed-queued-jobs";
import { signInCookie } from "./support/sign-in";
import { getCsrf, signInAttempt, tally } from "./support/sign-in-attempt";
import { BENCH_ADMIN, startStudio, type RunningStudio } from "./support/start-studio";
import { percentile } from "./support/stats";
import { serverRss } from "./support/server-rss";
import { startSlowVendor } from "./support/stub-slow-vendor";
import { startStubTtapiVendor } from "./support/stub-ttapi-vendor";

const { values: args } = parseArgs({
  options: {
    "slow-ms": { type: "string", default: "60000" },
    guesses: { type: "string", default: "60" },
    "xff-attempts": { type: "string", default: "120" },
    streams: { type: "string", default: "2000" },
  },
});
const SLOW_MS = Number(args["slow-ms"]);
const GUESSES = Number(args.guesses);
const XFF_ATTEMPTS = Number(args["xff-attempts"]);
const STREAMS = Number(args.streams);
const FAST_JOBS = 12;
const SLOW_JOBS = 5;

const VICTIM = { email: "victim@bench.test", password: "victim-right-password" };
const SLOW_TEAM_USER = { email: "slow@bench.test", password: "slow-team-password" };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const secs = (s: number) => (Number.isFinite(s) ? `${s.toFixed(1)} s` : "n/a");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cli(studio: RunningStudio, script: "user" | "vendor", cliArgs: string[]) {
  execFileSync("npm", ["run", "--silent", script, "--", ...cliArgs], { env: { ...process.env, DATA_DIR: studio.dataDir }, stdio: "ignore" });
}

function sql<T>(studio: RunningStudio, query: string, ...params: unknown[]): T {
  const db = new Database(path.join(studio.dataDir, "atelier.db"), { readonly: true });
  try {
    return db.prepare(query).get(...params) as T;
  } finally {
    db.close();
  }
}

async function runtime(studio: RunningStudio, cookie: string) {
  const response = await rawRequest(`${studio.url}/api/admin/runtime`, { headers: { cookie } });
  if (response.status !== 200) return null;
  return JSON.parse(response.body) as { liveListeners: number; rssBytes: number; heapUsedBytes: number };
}

async function parallelGuesses(studio: RunningStudio) {
  const csrf = await getCsrf(studio.url);
  const from = { localAddress: "127.0.0.2" };
  const outcomes = await Promise.all(Array.from({ length: GUESSES }, (_, i) => signInAttempt(studio.url, csrf, VICTIM.email, `wrong-guess-${i}`, from)));
  const rightAfter = await signInAttempt(studio.url, csrf, VICTIM.email, VICTIM.password, from);
  const audited = sql<{ n: number }>(studio, "SELECT COUNT(*) AS n FROM AuditLog WHERE actorEmail = ? AND details LIKE '%wrong_password%'", VICTIM.email).n;
  return { ...tally(outcomes), rightAfter, audited };
}

async function rotatingForwardedFor(studio: RunningStudio) {
  const csrf = await getCsrf(studio.url);
  const outcomes: Awaited<ReturnType<typeof signInAttempt>>[] = [];
  let next = 0;
  const worker = async () => {
    while (next < XFF_ATTEMPTS) {
      const i = next++;
      // A different (unknown) account each time, so only the per-address limit can stop them.
      const forwardedFor = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      outcomes.push(await signInAttempt(studio.url, csrf, `spray-${i}@bench.test`, "wrong-password", { localAddress: "127.0.0.3", forwardedFor }));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return tally(outcomes);
}

async function webhookFlood(studio: RunningStudio) {
  const vendor = await startStubTtapiVendor("bench-abuse-flood-key-01");
  try {
    cli(studio, "vendor", ["add", "--name", "Flood vendor", "--protocol", "ttapi", "--base-url", vendor.url, "--key", "bench-abuse-flood-key-01"]);
    const seedSql = await openBenchSql(studio);
    const [job] = await seedRunningJobs(seedSql, "Flood vendor", BENCH_ADMIN.email, 1).finally(() => seedSql.close());
    vendor.tasks.set(job.taskId, { progress: 10 });
    const body = JSON.stringify({ status: "ON_QUEUE", jobId: job.taskId, data: { jobId: job.taskId, progress: "10" }, padding: "x".repeat(64 * 1024) });
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const response = await rawRequest(`${studio.url}/api/webhooks/${job.token}`, { method: "POST", headers: { "content-type": "application/json" }, body });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    const stored = sql<{ n: number; bytes: number }>(
      studio,
      "SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(body)), 0) AS bytes FROM WebhookEvent WHERE jobId = ?",
      job.id,
    );
    return { statuses, stored };
  } finally {
    await vendor.close();
  }
}

async function droppedStreams(studio: RunningStudio, cookie: string) {
  // A first few streams load and compile the route, so what follows measures streams only.
  await dropEventStreams(studio.url, cookie, 200, 50);
  await sleep(2000);
  const measure = async () => ({ runtime: await runtime(studio, cookie), rss: serverRss(studio.process.pid!) });
  const before = await measure();
  const started = performance.now();
  await dropEventStreams(studio.url, cookie, STREAMS, 50);
  const seconds = (performance.now() - started) / 1000;
  await sleep(3000);
  const after = await measure();
  // A second round: garbage not yet collected comes and goes, a leak grows by the same amount again.
  await dropEventStreams(studio.url, cookie, STREAMS, 50);
  await sleep(3000);
  const again = await measure();
  return { before, after, again, seconds };
}

async function waitForJobs(studio: RunningStudio, ids: string[], deadlineMs: number) {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const times = completionTimes(studio.dataDir, ids);
    if (times.pending === 0 || Date.now() > until) return times;
    await sleep(250);
  }
}

async function slowVendor(studio: RunningStudio) {
  const slow = await startSlowVendor(SLOW_MS);
  try {
    cli(studio, "user", ["add", "--email", SLOW_TEAM_USER.email, "--password", SLOW_TEAM_USER.password, "--team", "Slow team"]);
    cli(studio, "vendor", ["add", "--name", "Hanging vendor", "--protocol", "ttapi", "--base-url", slow.url, "--key", "bench-abuse-slow-key-001"]);
    const builtin = sql<{ name: string }>(studio, "SELECT name FROM VendorConnection WHERE builtin = 1").name;

    const baselineIds = seedQueuedJobs(studio.dataDir, BENCH_ADMIN, builtin, FAST_JOBS, "a healthy lighthouse");
    const baseline = await waitForJobs(studio, baselineIds, 120_000);

    const slowIds = seedQueuedJobs(studio.dataDir, SLOW_TEAM_USER, "Hanging vendor", SLOW_JOBS, "a stuck clock");
    for (const until = Date.now() + 5000; slow.open() < SLOW_JOBS && Date.now() < until;) await sleep(100);
    const hangingAtStart = slow.open();
    const withSlowIds = seedQueuedJobs(studio.dataDir, BENCH_ADMIN, builtin, FAST_JOBS, "a lighthouse beside a stuck clock");
    const withSlow = await waitForJobs(studio, withSlowIds, SLOW_MS + 120_000);
    const slowTimes = completionTimes(studio.dataDir, slowIds);
    return { baseline, withSlow, hangingAtStart, slowCalls: slow.received(), slowTimes };
  } finally {
    await slow.close();
  }
}

async function main() {
  const port = Number(process.env.BENCH_PORT ?? 3523);
  console.log(`[bench] starting a production studio on 127.0.0.1:${port} (builds first if the source changed) ...`);
  const studio = await startStudio({ port, env: { SIMULATOR_STEP_MS: "100", POLL_INTERVAL_MS: "500" } });
  try {
    const cookie = await signInCookie(studio.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    cli(studio, "user", ["add", "--email", VICTIM.email, "--password", VICTIM.password, "--team", "Studio"]);

    console.log(`[bench] 1/5 ${GUESSES} wrong passwords at once against one account ...`);
    const guesses = await parallelGuesses(studio);
    console.log(`[bench] 2/5 ${XFF_ATTEMPTS} attempts from one address, a new X-Forwarded-For each ...`);
    const xff = await rotatingForwardedFor(studio);
    console.log("[bench] 3/5 300 callbacks of 64 KB on one job's webhook token ...");
    const flood = await webhookFlood(studio);
    console.log(`[bench] 4/5 ${STREAMS} live-update streams opened and dropped ...`);
    const streams = await droppedStreams(studio, cookie);
    console.log(`[bench] 5/5 a vendor hanging ${SLOW_MS} ms per call beside another team's ${FAST_JOBS} jobs ...`);
    const slow = await slowVendor(studio);

    const ok = (met: boolean) => (met ? "met" : "NOT met");
    console.log("\nabuse benchmark (production server on loopback)\n");
    console.log(`1. ${GUESSES} parallel wrong passwords, one account (from 127.0.0.2)`);
    console.log(
      `   reached the password check: ${guesses.checked} (audit log: ${guesses.audited}); ` +
        `refused by a limit: ${guesses.refused}; accepted: ${guesses.accepted}`,
    );
    console.log(`   the right password right after: ${guesses.rightAfter === "accepted" ? "ACCEPTED" : guesses.rightAfter}`);
    console.log(`   goal ≤ 10 checked → ${ok(guesses.checked + guesses.accepted <= 10)}`);
    console.log(`2. ${XFF_ATTEMPTS} attempts from one address (127.0.0.3), rotating X-Forwarded-For, a new account each`);
    console.log(`   reached the password check: ${xff.checked}; refused by a limit: ${xff.refused}`);
    console.log(`   goal: the per-address limit (30 per 15 min) holds → ${ok(xff.checked <= 30)}`);
    console.log("3. 300 callbacks × 64 KB on one running job's token");
    console.log(
      `   answers: ${[...flood.statuses].map(([status, n]) => `${n}× ${status}`).join(", ")}; stored ${flood.stored.n} rows, ${mb(flood.stored.bytes)}`,
    );
    console.log(`   goal: at most 200 stored → ${ok(flood.stored.n <= 200)}`);
    console.log(`4. ${STREAMS} live-update streams opened and dropped (${streams.seconds.toFixed(1)} s)`);
    const memory = (m: typeof streams.before) =>
      `RSS ${m.rss === null ? "n/a" : mb(m.rss)}${m.runtime ? `, heap ${mb(m.runtime.heapUsedBytes)}, bus listeners ${m.runtime.liveListeners}` : ""}`;
    console.log(`   before:                 ${memory(streams.before)}`);
    console.log(`   after ${STREAMS}:             ${memory(streams.after)}`);
    console.log(`   after ${STREAMS} more:        ${memory(streams.again)}`);
    if (streams.before.runtime && streams.again.runtime) {
      console.log(`   goal: no listener left behind → ${ok(streams.again.runtime.liveListeners <= streams.before.runtime.liveListeners)}`);
    } else {
      console.log("   this build has no GET /api/admin/runtime: the listener count is not available (RSS from /proc only)");
    }
    const p95 = (s: number[]) => percentile(s, 95);
    console.log(`5. another team's ${FAST_JOBS} jobs on the built-in simulator, beside ${SLOW_JOBS} jobs on a vendor hanging ${SLOW_MS} ms per call`);
    console.log(
      `   without the hanging vendor: p50 ${secs(percentile(slow.baseline.seconds, 50))}, p95 ${secs(p95(slow.baseline.seconds))} ` +
        `(${slow.baseline.seconds.length} finished, ${slow.baseline.failed} failed, ${slow.baseline.pending} unfinished)`,
    );
    console.log(
      `   with it:                    p50 ${secs(percentile(slow.withSlow.seconds, 50))}, p95 ${secs(p95(slow.withSlow.seconds))} ` +
        `(${slow.withSlow.seconds.length} finished, ${slow.withSlow.failed} failed, ${slow.withSlow.pending} unfinished)`,
    );
    console.log(`   hanging calls when the other team's jobs were queued: ${slow.hangingAtStart}; calls the hanging vendor got in all: ${slow.slowCalls}`);
    console.log(
      `   goal: p95 with ≈ p95 without (within 2× + 2 s) → ` +
        `${ok(slow.withSlow.pending === 0 && p95(slow.withSlow.seconds) <= 2 * p95(slow.baseline.seconds) + 2)}`,
    );
  } catch (error) {
    console.error(`[bench] the studio's last output:\n${studio.log().slice(-4000)}`);
    throw error;
  } finally {
    await studio.stop();
    if (!process.env.BENCH_KEEP) fs.rmSync(studio.dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
