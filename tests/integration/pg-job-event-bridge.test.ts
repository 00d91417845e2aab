// Issue 13: live updates reach every studio process. Two bridges stand for two processes: each has
// its own pool, its own LISTEN connection and its own bus, on a real PostgreSQL database.
import { EventEmitter } from "node:events";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { JobEventRow } from "@/lib/data/events/job-event-row";
import { publishJobEvent, subscribeJobEvents } from "@/lib/jobs/event-bus";
import { installPgJobEventBridge } from "@/lib/live/install-job-event-bridge";
import { PgJobEventBridge } from "@/lib/live/pg-job-event-bridge";
import { services } from "@/lib/server/services";
import { createScratchDatabase, JOB_EVENT_DDL, type ScratchDatabase } from "./support/pg-scratch-database";

let database: ScratchDatabase;
const pools: pg.Pool[] = [];
const bridges: PgJobEventBridge[] = [];

beforeAll(async () => {
  database = await createScratchDatabase("bridge");
  const setup = new pg.Client({ connectionString: database.url });
  await setup.connect();
  await setup.query(JOB_EVENT_DDL);
  await setup.end();
});
afterEach(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
  await Promise.all(pools.splice(0).map((p) => p.end()));
});
afterAll(async () => {
  await database?.drop();
});

/** One "process": a pool, a bus, a bridge; `seen` is everything emitted on its bus. */
async function startProcess(backoff = { initialMs: 50, maxMs: 500 }) {
  const pool = new pg.Pool({ connectionString: database.url, max: 3 });
  pools.push(pool);
  const bus = new EventEmitter();
  const seen: JobEventRow[] = [];
  bus.on("job", (event: JobEventRow) => seen.push(event));
  const logs: string[] = [];
  const bridge = new PgJobEventBridge({ pool, listener: database.url, bus, backoff, log: (m) => logs.push(m) });
  bridges.push(bridge);
  await bridge.ready;
  return { pool, bus, bridge, seen, logs };
}

const RETURNED = `"id", "jobId", "teamId", "userId", "private"`;

/** What announceJobChange does: the row first, then the publish. */
async function announce(p: { pool: pg.Pool; bridge: PgJobEventBridge }, jobId: string): Promise<JobEventRow> {
  const { rows } = await p.pool.query<JobEventRow>(
    `INSERT INTO "JobEvent" ("teamId", "jobId", "userId") VALUES ('team-1', $1, 'user-1') RETURNING ${RETURNED}`,
    [jobId],
  );
  p.bridge.publish(rows[0]);
  return rows[0];
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Terminates a's LISTEN connection from outside, as a failover or an admin would. */
async function terminateListener(a: { bridge: PgJobEventBridge }, pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [`atelier-live ${a.bridge.origin}`]);
  expect(rows).toHaveLength(1);
  await pool.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
  await until(() => !a.bridge.connected, "a to notice");
}

const ids = (events: JobEventRow[]) => events.map((e) => e.id).sort((x, y) => x - y);
const settle = () => new Promise((r) => setTimeout(r, 500)); // long enough for a stray duplicate NOTIFY to land

describe("PgJobEventBridge", () => {
  it("delivers each process's events to the other exactly once, and its own once (at publish time)", async () => {
    const a = await startProcess();
    const b = await startProcess();
    const sent: JobEventRow[] = [];
    for (let i = 0; i < 20; i++) {
      sent.push(await announce(a, `a-${i}`));
      sent.push(await announce(b, `b-${i}`));
    }
    // Its own event is on a process's bus before publish() returns: no round trip through the database.
    const own = await announce(a, "a-sync");
    expect(a.seen.at(-1)).toEqual(own);
    sent.push(own);
    await until(() => a.seen.length >= sent.length && b.seen.length >= sent.length, "both buses to see every event");
    await settle();
    expect(ids(a.seen)).toEqual(ids(sent));
    expect(ids(b.seen)).toEqual(ids(sent));
    expect(b.seen.find((e) => e.id === own.id)).toEqual(own); // the whole row travelled
  });

  it("publishJobEvent goes through the bridge installed in services, and stays local without one", async () => {
    const other = await startProcess();
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    pools.push(pool);
    const local: JobEventRow[] = [];
    const unsubscribe = subscribeJobEvents((event) => local.push(event));
    try {
      const bridge = installPgJobEventBridge(pool, database.url);
      if (!(bridge instanceof PgJobEventBridge)) throw new Error("expected the PostgreSQL bridge");
      bridges.push(bridge);
      expect(installPgJobEventBridge(pool, database.url)).toBe(bridge); // once per process
      expect(services().jobEventBridge).toBe(bridge);
      await bridge.ready;
      const bridged = await announce({ pool, bridge }, "bridged"); // announce() publishes through the bridge itself…
      publishJobEvent({ ...bridged, id: bridged.id + 1_000_000 }); // …and this one through the event bus
      await until(() => other.seen.length === 2, "the other process to get both");
      expect(local.map((e) => e.id)).toEqual([bridged.id, bridged.id + 1_000_000]);

      delete services().jobEventBridge;
      publishJobEvent({ ...bridged, id: bridged.id + 2_000_000 });
      expect(local).toHaveLength(3); // still on this process's bus, at once
      await settle();
      expect(other.seen).toHaveLength(2); // and nowhere else
    } finally {
      delete services().jobEventBridge;
      unsubscribe();
    }
  });

  it("sends a burst in few NOTIFYs, each carrying what piled up, in publish order", async () => {
    const a = await startProcess();
    const b = await startProcess();
    const counter = new pg.Client({ connectionString: database.url });
    await counter.connect();
    let notifications = 0;
    counter.on("notification", () => notifications++);
    await counter.query(`LISTEN "atelier_job_events"`);
    const { rows } = await a.pool.query<JobEventRow>(
      `INSERT INTO "JobEvent" ("teamId", "jobId", "userId") SELECT 'team-1', 'burst-' || i, 'user-1' FROM generate_series(1, 300) AS i
       RETURNING ${RETURNED}`,
    );
    for (const row of rows) a.bridge.publish(row); // all at once, as an engine tick finishing many jobs would
    await a.bridge.flush();
    await until(() => b.seen.length === 300, "the whole burst");
    await counter.end();
    expect(b.seen.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    // ~45 events fit in one payload: 300 take about 8 NOTIFYs, not 300.
    expect(notifications).toBeLessThanOrEqual(30);
  });

  it("sends an event too big for a NOTIFY as its id, and the receiver reads the row", async () => {
    const a = await startProcess();
    const b = await startProcess();
    const big = await announce(a, "j".repeat(9_000));
    await until(() => b.seen.length === 1, "the big event on the other process");
    expect(b.seen[0]).toEqual(big);
    expect(a.logs.filter((l) => l.includes("NOTIFY failed"))).toEqual([]);
  });

  it("ignores NOTIFYs on its channel that are not job events", async () => {
    const a = await startProcess();
    await a.pool.query(`SELECT pg_notify('atelier_job_events', 'hello'), pg_notify('atelier_job_events', '{"o":"x","e":{"id":"1"}}')`);
    const b = await startProcess();
    await announce(b, "after-garbage");
    await until(() => a.seen.length === 1, "the real event");
    expect(a.seen[0].jobId).toBe("after-garbage");
  });

  it("reconnects after its connection is terminated and replays what it missed, once", async () => {
    const b = await startProcess();
    for (let i = 0; i < 3; i++) await announce(b, `history-${i}`); // before a started: never replayed to it
    const a = await startProcess({ initialMs: 600, maxMs: 1_000 });
    const before = await announce(b, "before");
    await until(() => a.seen.length === 1, "the first event");

    await terminateListener(a, b.pool);

    // Published while a is not listening (its first retry is 300-600 ms away): a misses the NOTIFYs.
    const missed = [await announce(b, "missed-1"), await announce(b, "missed-2"), await announce(b, "missed-3")];
    const ownWhileDown = await announce(a, "a-while-down"); // on a's bus at once; must not come back in the replay
    expect(a.bridge.connected).toBe(false);
    await until(() => a.bridge.connectionCount === 2, "a to reconnect");
    expect(a.logs.some((l) => l.includes("LISTEN connection lost"))).toBe(true);

    const after = await announce(b, "after");
    await until(() => a.seen.length === 6, "the replayed and the new events");
    await settle();
    expect(ids(a.seen)).toEqual(ids([before, ...missed, ownWhileDown, after]));
    // Replayed in id order, right after the reconnect, before anything newer.
    expect(a.seen.slice(2, 5).map((e) => e.jobId)).toEqual(["missed-1", "missed-2", "missed-3"]);
    // b saw a's event while a's LISTEN was down: publishing goes through the pool.
    await until(() => b.seen.some((e) => e.id === ownWhileDown.id), "b to get a's event");
  });

  it("replays an event committed during the outage with an id below one it had already seen", async () => {
    const a = await startProcess({ initialMs: 600, maxMs: 1_000 });
    const b = await startProcess();
    // A slow transaction takes its id first and commits last (sequences are not transactional).
    const slow = await b.pool.connect();
    await slow.query("BEGIN");
    const { rows } = await slow.query<JobEventRow>(
      `INSERT INTO "JobEvent" ("teamId", "jobId", "userId") VALUES ('team-1', 'slow', 'user-1') RETURNING ${RETURNED}`,
    );
    const fast = await announce(b, "fast");
    await until(() => a.seen.length === 1, "the fast event");
    await terminateListener(a, b.pool);
    await slow.query("COMMIT");
    slow.release();
    b.bridge.publish(rows[0]);
    expect(rows[0].id).toBeLessThan(fast.id);
    await until(() => a.bridge.connectionCount === 2, "a to reconnect");
    await until(() => a.seen.length === 2, "the slow event");
    await settle();
    expect(a.seen.map((e) => e.jobId)).toEqual(["fast", "slow"]);
  });

  it("emits what arrives live during the replay after the replayed rows, in id order", async () => {
    const a = await startProcess({ initialMs: 600, maxMs: 1_000 });
    const b = await startProcess();
    await terminateListener(a, b.pool);
    const missed = [await announce(b, "missed-1"), await announce(b, "missed-2")];
    // Hold a's replay query back with a lock on the table, so a live NOTIFY lands while it waits.
    const locker = await b.pool.connect();
    await locker.query(`BEGIN; LOCK TABLE "JobEvent" IN ACCESS EXCLUSIVE MODE`);
    const blocked = `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'JobEvent' AND NOT l.granted`;
    let waiting = 0;
    for (let i = 0; i < 300 && waiting === 0; i++) {
      // a reconnects within 300-600 ms, LISTENs, then its replay query queues behind the lock
      waiting = (await locker.query<{ n: number }>(blocked)).rows[0].n;
      if (waiting === 0) await new Promise((r) => setTimeout(r, 20));
    }
    expect(waiting).toBeGreaterThan(0);
    const live = { ...missed[1], id: missed[1].id + 1_000, jobId: "live-during-replay" }; // NOTIFY needs no row
    b.bridge.publish(live);
    await b.bridge.flush();
    await new Promise((r) => setTimeout(r, 300)); // the NOTIFY reaches a's (new) LISTEN connection
    await locker.query("COMMIT");
    locker.release();
    await until(() => a.seen.length === 3, "the replayed and the live event");
    expect(a.seen.map((e) => e.jobId)).toEqual(["missed-1", "missed-2", "live-during-replay"]);
  });

  it("keeps retrying while the database refuses it, and close() stops it", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    pools.push(pool);
    const logs: string[] = [];
    const bridge = new PgJobEventBridge({
      pool,
      listener: database.url.replace(":5432/", ":1/"), // nothing listens on port 1
      bus: new EventEmitter(),
      backoff: { initialMs: 20, maxMs: 40 },
      log: (m) => logs.push(m),
    });
    await until(() => logs.length >= 3, "three failed attempts");
    await bridge.close();
    const count = logs.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(logs.length).toBe(count);
    expect(bridge.connected).toBe(false);
  });
});
