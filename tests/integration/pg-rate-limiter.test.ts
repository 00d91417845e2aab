// Issue 13: a vendor connection's rate limit holds across every studio process on one PostgreSQL
// database. Limiters on separate pools (and, last, in separate OS processes) share one bucket.
//
// How the totals are bounded: a bucket starts full (capacity) and refills at perMinute / 60000 per
// ms of DATABASE time between its first and its last update. Both updates read clock_timestamp()
// rounded to a millisecond exactly as `dbNowMs` below does, and happen between the two readings the
// test takes around the run, so (rounding is monotonic) tokens granted <= capacity + rate * (t1 - t0).
// The only slack is floating-point (the bucket holds a DOUBLE PRECISION): 1e-6 of a token. From below,
// the takers never stop asking until their last token, so at most the refill of the last ~second can
// be left unused: a lower bound of capacity + rate * elapsed - 2 shows the limiter does not starve.
import { fork } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PgRateLimiter, RATE_BUCKET_DDL } from "@/lib/jobs/pg-rate-limiter";
import { createScratchDatabase, type ScratchDatabase } from "./support/pg-scratch-database";

let database: ScratchDatabase;
let pools: pg.Pool[];

beforeAll(async () => {
  database = await createScratchDatabase("limiter");
  pools = [new pg.Pool({ connectionString: database.url, max: 4 }), new pg.Pool({ connectionString: database.url, max: 4 })];
  await pools[0].query(RATE_BUCKET_DDL);
});
afterAll(async () => {
  await Promise.all((pools ?? []).map((p) => p.end()));
  await database?.drop();
});

async function dbNowMs(): Promise<number> {
  const { rows } = await pools[0].query<{ ms: string }>(`SELECT (extract(epoch from clock_timestamp()) * 1000)::bigint AS ms`);
  return Number(rows[0].ms);
}

/** The most tokens a bucket of this rate may have granted between two database-clock readings. */
function allowed(perMinute: number, t0: number, t1: number): number {
  const capacity = Math.max(1, Math.min(perMinute, 60));
  return Math.floor(capacity + (perMinute / 60_000) * (t1 - t0) + 1e-6);
}

describe("PgRateLimiter", () => {
  it("two limiters on two pools share one bucket at 60/min: capacity + rate * elapsed in total, no more", async () => {
    const [a, b] = pools.map((pool) => new PgRateLimiter(pool));
    const counts = [0, 0];
    const t0 = await dbNowMs();
    const deadline = Date.now() + 2_500;
    // Two callers per limiter, each asking again as soon as it got a token, until the deadline.
    await Promise.all(
      [a, a, b, b].map(async (limiter, i) => {
        while (Date.now() < deadline) {
          await limiter.take("shared-60", 60);
          counts[i < 2 ? 0 : 1]++;
        }
      }),
    );
    const t1 = await dbNowMs();
    const total = counts[0] + counts[1];
    expect(total).toBeLessThanOrEqual(allowed(60, t0, t1));
    expect(total).toBeGreaterThanOrEqual(allowed(60, t0, t1) - 2);
    // Each took part (the 60-token burst was split between them), and together far below 2 x 60,
    // which two separate in-memory buckets would have granted.
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
  });

  it("when refused, waits as long as the stored state says, and no longer", async () => {
    const limiter = new PgRateLimiter(pools[0]);
    // 600/min: a burst of 60, then one per 100 ms. Take until none is left (the takes may outlast a refill).
    while ((await limiter.waitMs("wait-600", 600)) === 0) await limiter.take("wait-600", 600);
    const wait = await limiter.waitMs("wait-600", 600);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(101);
    const started = Date.now();
    await limiter.take("wait-600", 600);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(wait - 20); // the refill happened in database time, not earlier
    expect(took).toBeLessThan(wait + 1_000); // one sleep and a retry, with room for a loaded machine
  });

  it("bounds the wait by one token's refill time, 60000 / perMinute ms", async () => {
    const limiter = new PgRateLimiter(pools[1]);
    for (let i = 0; i < 6; i++) await limiter.take("wait-6", 6);
    const wait = await limiter.waitMs("wait-6", 6);
    expect(wait).toBeGreaterThan(9_000);
    expect(wait).toBeLessThanOrEqual(10_001);
  });

  it("refills by the database's clock: a host whose clock is an hour ahead gets no extra tokens", async () => {
    const limiter = new PgRateLimiter(pools[0]);
    for (let i = 0; i < 6; i++) await limiter.take("skew-6", 6);
    vi.useFakeTimers({ toFake: ["Date"] }); // only Date: the pool's sockets and timers stay real
    try {
      vi.setSystemTime(Date.now() + 3_600_000);
      expect(await limiter.waitMs("skew-6", 6)).toBeGreaterThan(9_000);
      const { rowCount } = await pools[0].query(`SELECT 1 FROM "RateBucket" WHERE "key" = 'skew-6' AND "tokens" < 1`);
      expect(rowCount).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("untilAvailable waits for a token without taking it", async () => {
    const limiter = new PgRateLimiter(pools[0]);
    for (let i = 0; i < 3; i++) await limiter.untilAvailable("peek-6", 6); // a fresh bucket: full
    const started = Date.now();
    for (let i = 0; i < 6; i++) await limiter.take("peek-6", 6); // all six are still there
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await limiter.waitMs("peek-6", 6)).toBeGreaterThan(9_000);

    // Empty a 60/min bucket (take until none is left, however long the takes took on a loaded machine).
    while ((await limiter.waitMs("peek-60", 60)) === 0) await limiter.take("peek-60", 60);
    const wait = await limiter.waitMs("peek-60", 60);
    const before = Date.now();
    await limiter.untilAvailable("peek-60", 60);
    expect(Date.now() - before).toBeGreaterThanOrEqual(wait - 20); // it did wait for the refill
    expect(await limiter.waitMs("peek-60", 60)).toBe(0); // and left the token there
  });

  it("two OS processes taking from one bucket stay within it together", async () => {
    const perMinute = 600;
    const children = [0, 1].map(() =>
      fork("tests/integration/support/rate-bucket-taker.ts", [database.url, "forked-600", String(perMinute), "2000", "2"], {
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      }),
    );
    const message = (child: (typeof children)[number]) => new Promise<{ ready?: boolean; taken?: number }>((resolve) => child.once("message", resolve));
    const exited = (child: (typeof children)[number]) => new Promise<number | null>((resolve) => child.once("exit", resolve));
    await Promise.all(children.map(message)); // both connected: start them together
    const results = children.map(message);
    const exits = children.map(exited);
    const t0 = await dbNowMs();
    for (const child of children) child.send("go");
    const taken = (await Promise.all(results)).map((r) => r.taken ?? -1);
    const t1 = await dbNowMs();
    expect(await Promise.all(exits)).toEqual([0, 0]);
    const total = taken[0] + taken[1];
    expect(total).toBeLessThanOrEqual(allowed(perMinute, t0, t1));
    expect(total).toBeGreaterThanOrEqual(allowed(perMinute, t0, t1) - 2 * (perMinute / 60)); // the last second's refill may go unused
    expect(taken[0]).toBeGreaterThan(0);
    expect(taken[1]).toBeGreaterThan(0);
  }, 60_000);
});
