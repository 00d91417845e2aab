// npm run bench:scale – issue 13: the studio on PostgreSQL and an S3 bucket with one and with two
// processes against a fast vendor (the simulator package on its own port):
//  1. jobs completed per minute, 1 process beside 2 (same run, same machine);
//  2. the p95 time from "vendor finished" (the simulator's own finish time) to "browser saw it"
//     (a live stream on process A receiving the job's final event), with 10, 100 and 1,000 jobs
//     in flight at once on two processes; the stream is on A, so about half the jobs are
//     finished by B and reach A through PostgreSQL LISTEN/NOTIFY.
// Jobs are queued straight into the database (as the composer's action would) so the figures are
// the engine's, not the composer's.
import { randomUUID } from "node:crypto";
import { addScaleVendor, CLUSTER_ADMIN, startScaleCluster, type ScaleCluster } from "../e2e-scale/support/scale-cluster";
import type { StudioProcess } from "../e2e-scale/support/studio-process";
import { signInCookie } from "./support/sign-in";
import { openEventStream } from "./support/sse-client";
import { percentile } from "./support/stats";

const THROUGHPUT_JOBS = Number(process.env.BENCH_SCALE_JOBS ?? 300);
const IN_FLIGHT = (process.env.BENCH_SCALE_IN_FLIGHT ?? "10,100,1000").split(",").map(Number);

async function queueJobs(cluster: ScaleCluster, connectionId: string, count: number, tag: string): Promise<string[]> {
  const [owner] = await cluster.query<{ id: string; activeTeamId: string }>(`SELECT "id", "activeTeamId" FROM "User" WHERE "email" = $1`, [
    CLUSTER_ADMIN.email,
  ]);
  const ids = Array.from({ length: count }, () => `bench${randomUUID().replace(/-/g, "")}`);
  for (let start = 0; start < count; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const values = chunk.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(", ");
    await cluster.query(
      `INSERT INTO "Job" ("id", "teamId", "userId", "connectionId", "kind", "prompt", "notifyId", "status", "updatedAt")
       SELECT v.id, '${owner.activeTeamId}', '${owner.id}', '${connectionId}', 'IMAGINE', v.prompt, v.notify, 'QUEUED', now() AT TIME ZONE 'UTC'
       FROM (VALUES ${values}) AS v(id, prompt, notify)`,
      chunk.flatMap((id, i) => [id, `${tag} ${start + i}`, randomUUID()]),
    );
  }
  return ids;
}

async function waitFinished(cluster: ScaleCluster, ids: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await cluster.query<{ n: string }>(`SELECT count(*) AS n FROM "Job" WHERE "id" = ANY($1) AND "finishedAt" IS NULL`, [ids]);
    if (n === "0") return;
    if (Date.now() > deadline) throw new Error(`${n} of ${ids.length} jobs still unfinished after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function cluster(processes: number, concurrency: number) {
  const c = await startScaleCluster({ name: `bench_scale_${processes}`, vendorStepMs: 20, vendorConcurrency: Math.max(concurrency, 10) });
  const studios: StudioProcess[] = [];
  for (let i = 0; i < processes; i++) studios.push(await c.startStudio(`bench-${i}`, 3271 + i));
  const connectionId = await addScaleVendor(c, { concurrency, rateLimitPerMin: 600_000 });
  return { c, studios, connectionId };
}

async function throughput(processes: number): Promise<number> {
  const { c, connectionId } = await cluster(processes, 20);
  try {
    const started = Date.now();
    const ids = await queueJobs(c, connectionId, THROUGHPUT_JOBS, `throughput ${processes}`);
    await waitFinished(c, ids, 20 * 60_000);
    return THROUGHPUT_JOBS / ((Date.now() - started) / 60_000);
  } finally {
    await c.close();
  }
}

async function latency(inFlight: number): Promise<{ p50: number; p95: number; max: number; viaOther: number }> {
  const { c, studios, connectionId } = await cluster(2, inFlight);
  try {
    const cookie = await signInCookie(studios[0].url, CLUSTER_ADMIN.email, CLUSTER_ADMIN.password);
    const seen = new Map<number, number>();
    const stream = await openEventStream(`${studios[0].url}/api/events`, cookie, (event) => {
      if (event.type === "job") seen.set((JSON.parse(event.data) as { eventId: number }).eventId, Date.now());
    });
    const ids = await queueJobs(c, connectionId, inFlight, `latency ${inFlight}`);
    await waitFinished(c, ids, 20 * 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    stream.close();
    const finals = await c.query<{ jobId: string; id: number; prompt: string }>(
      `SELECT e."jobId", max(e."id") AS id, j."prompt" FROM "JobEvent" e JOIN "Job" j ON j."id" = e."jobId"
       WHERE e."jobId" = ANY($1) GROUP BY e."jobId", j."prompt"`,
      [ids],
    );
    const vendorFinished = new Map(c.vendorTasks().map((task) => [task.prompt, task.finished_at ?? 0]));
    const delays = finals.filter((f) => seen.has(Number(f.id))).map((f) => seen.get(Number(f.id))! - vendorFinished.get(f.prompt)!);
    if (delays.length < finals.length) console.warn(`[bench] the stream missed ${finals.length - delays.length} final events`);
    const byOther = [...studios[1].log().matchAll(/\[engine\] (\S+) succeeded/g)].length;
    return { p50: percentile(delays, 50), p95: percentile(delays, 95), max: Math.max(...delays), viaOther: byOther };
  } finally {
    await c.close();
  }
}

async function main(): Promise<void> {
  console.log(`bench:scale — PostgreSQL + S3 (s3rver), fast simulator vendor, ${THROUGHPUT_JOBS} jobs per throughput run`);
  const one = await throughput(1);
  const two = await throughput(2);
  console.log("\nthroughput (jobs completed per minute, connection limit 20 in flight)");
  console.log(`  1 process   ${one.toFixed(0)}`);
  console.log(`  2 processes ${two.toFixed(0)}   (×${(two / one).toFixed(2)})`);
  console.log("\nvendor finished → browser saw it (2 processes, live stream on process A)");
  for (const n of IN_FLIGHT) {
    const r = await latency(n);
    console.log(
      `  ${String(n).padStart(5)} in flight: p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, max ${r.max.toFixed(0)} ms ` +
        `(${r.viaOther} finished by process B)`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
