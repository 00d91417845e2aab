// npm run bench:live-bus – publish→receive latency of a job event between two connections, for the
// two ways studio processes could share live updates: PostgreSQL LISTEN/NOTIFY (the shipped bridge,
// lib/live/pg-job-event-bridge.ts, end to end: its pool NOTIFYs, the other bridge's LISTEN connection
// receives and emits on its bus) and Redis pub/sub (PUBLISH on one connection, SUBSCRIBE on another,
// same JSON payload, raw RESP client). Both run in this one process, alternately, at each rate.
// The bridge sends one NOTIFY at a time, carrying every event that piled up meanwhile (up to ~7.9 kB),
// so one connection serves it; Redis commands are pipelined on one connection, one PUBLISH per event.
// Publisher and receivers share this process's event loop, for both transports alike.
//
// Env: PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/test; a scratch database is created
// and dropped), BENCH_DB_PREFIX (default atelier_bench_), REDIS_URL (default redis://127.0.0.1:6379;
// Redis is skipped, and said so, when it does not answer), BENCH_EVENTS (default 1000 per rate).
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import os from "node:os";
import pg from "pg";
import type { JobEventRow } from "@/lib/data/events/job-event-row";
import { PgJobEventBridge } from "@/lib/live/pg-job-event-bridge";
import { RespClient } from "./support/resp-client";
import { ms, percentile } from "./support/stats";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const RATES = [100, 1_000, 5_000, Infinity]; // events per second; Infinity: all at once
const ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

interface Transport {
  name: string;
  send(event: JobEventRow): void;
  /** Called with each received event's id. */
  onReceive(handler: (id: number) => void): void;
  close(): Promise<void>;
}

let nextId = 1;
const event = (): JobEventRow => ({
  id: nextId++,
  jobId: `cm${randomBytes(11).toString("hex")}`,
  teamId: "cmteam0000000000000000000",
  userId: "cmuser0000000000000000000",
  private: false,
});

/** Sends EVENTS events at `rate` per second and returns each one's latency in ms. */
async function run(transport: Transport, rate: number, count: number): Promise<number[]> {
  const sentAt = new Map<number, bigint>();
  const latencies: number[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  transport.onReceive((id) => {
    const at = sentAt.get(id);
    if (at === undefined) return;
    latencies.push(Number(process.hrtime.bigint() - at) / 1e6);
    sentAt.delete(id);
    if (latencies.length === count) done();
  });
  const start = performance.now();
  let sent = 0;
  while (sent < count) {
    const due = rate === Infinity ? count : Math.min(count, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    for (; sent < due; sent++) {
      const e = event();
      sentAt.set(e.id, process.hrtime.bigint());
      transport.send(e);
    }
    if (sent < count) await new Promise((r) => setTimeout(r, 1));
  }
  const timeout = setTimeout(done, 30_000);
  await finished;
  clearTimeout(timeout);
  if (latencies.length < count) console.warn(`  ${transport.name}: ${count - latencies.length} of ${count} events never arrived`);
  return latencies;
}

async function postgres(url: string): Promise<Transport> {
  const pools = [new pg.Pool({ connectionString: url, max: 1 }), new pg.Pool({ connectionString: url, max: 1 })];
  await pools[0].query(`CREATE TABLE IF NOT EXISTS "JobEvent" ("id" SERIAL PRIMARY KEY, "teamId" TEXT, "jobId" TEXT, "userId" TEXT, "private" BOOLEAN)`);
  const buses = [new EventEmitter(), new EventEmitter()];
  const bridges = pools.map((pool, i) => new PgJobEventBridge({ pool, listener: url, bus: buses[i], channel: "atelier_bench_live_bus" }));
  await Promise.all(bridges.map((b) => b.ready));
  let handler: (id: number) => void = () => {};
  buses[1].on("job", (e: JobEventRow) => handler(e.id));
  return {
    name: "PostgreSQL LISTEN/NOTIFY",
    send: (e) => bridges[0].publish(e),
    onReceive: (h) => (handler = h),
    close: async () => {
      await Promise.all(bridges.map((b) => b.close()));
      await Promise.all(pools.map((p) => p.end()));
    },
  };
}

async function redis(): Promise<Transport> {
  const channel = `atelier_bench_live_bus_${process.pid}`;
  const [publisher, subscriber] = await Promise.all([RespClient.connect(REDIS_URL), RespClient.connect(REDIS_URL)]);
  await subscriber.command("SUBSCRIBE", channel);
  let handler: (id: number) => void = () => {};
  const origin = randomBytes(16).toString("hex");
  subscriber.onMessage = (_channel, payload) => handler((JSON.parse(payload) as { es: JobEventRow[] }).es[0].id);
  return {
    name: "Redis pub/sub",
    send: (e) => void publisher.command("PUBLISH", channel, JSON.stringify({ o: origin, es: [e] })),
    onReceive: (h) => (handler = h),
    close: async () => {
      publisher.close();
      subscriber.close();
    },
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function main() {
  const dbName = `${process.env.BENCH_DB_PREFIX ?? "atelier_bench_"}live_bus_${process.pid}`;
  await admin(`CREATE DATABASE "${dbName}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const transports: Transport[] = [await postgres(url.toString())];
  try {
    transports.push(await redis());
  } catch (error) {
    console.log(`Redis skipped: nothing answered at ${REDIS_URL} (${error instanceof Error ? error.message : error})`);
  }
  try {
    for (const t of transports) await run(t, Infinity, 100); // warm-up: connections, JIT, the server's caches
    const [load] = os.loadavg();
    console.log(`publish→receive latency, ${EVENTS} events per rate, two connections on loopback (load average ${load.toFixed(1)})\n`);
    console.log(`${"transport".padEnd(26)} ${"rate".padStart(10)}  ${"p50".padStart(10)} ${"p95".padStart(10)} ${"p99".padStart(10)} ${"max".padStart(10)}`);
    for (const rate of RATES) {
      for (const t of transports) {
        const l = await run(t, rate, EVENTS);
        const label = rate === Infinity ? "burst" : `${rate}/s`;
        const cols = [50, 95, 99, 100].map((p) => ms(percentile(l, p)).padStart(10));
        console.log(`${t.name.padEnd(26)} ${label.padStart(10)}  ${cols.join(" ")}`);
      }
    }
  } finally {
    for (const t of transports) await t.close();
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
