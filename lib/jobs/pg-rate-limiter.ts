// The vendor rate limit shared by every studio process on one PostgreSQL database: one token
// bucket per connection in the "RateBucket" table, so N processes together stay within the rate
// the admin set, instead of each getting the whole rate.
//
// Each attempt is ONE statement (an upsert whose DO UPDATE only happens when a whole token is
// there): the row lock makes concurrent attempts take turns and each re-checks the refilled count
// on the row as the previous one left it, so two processes can never both take the last token.
//
// Time is the DATABASE's clock (clock_timestamp(), not Date.now()): processes on hosts whose clocks
// disagree still refill one bucket by one clock. A process whose reading is older than the stored
// one (it waited for the row lock) adds nothing and leaves the stored time as it is.
import type pg from "pg";
import { bucketShape, type VendorRateLimiter } from "./vendor-rate-limiter";

/** The table, as the Prisma schema and both migrations create it. */
export const RATE_BUCKET_DDL = `CREATE TABLE "RateBucket" ("key" TEXT PRIMARY KEY, "tokens" DOUBLE PRECISION NOT NULL, "updatedAtMs" BIGINT NOT NULL)`;

const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
// $2 capacity, $3 tokens per ms. A new bucket starts full, minus the token taken now.
const REFILLED = `LEAST($2::float8, b."tokens" + GREATEST(0, EXCLUDED."updatedAtMs" - b."updatedAtMs") * $3::float8)`;
const TAKE = `INSERT INTO "RateBucket" AS b ("key", "tokens", "updatedAtMs") VALUES ($1, $2::float8 - 1, ${NOW_MS})
  ON CONFLICT ("key") DO UPDATE SET "tokens" = ${REFILLED} - 1, "updatedAtMs" = GREATEST(b."updatedAtMs", EXCLUDED."updatedAtMs")
  WHERE ${REFILLED} >= 1
  RETURNING "tokens"`;
const PEEK = `SELECT LEAST($2::float8, "tokens" + GREATEST(0, ${NOW_MS} - "updatedAtMs") * $3::float8) AS "tokens" FROM "RateBucket" WHERE "key" = $1`;

export class PgRateLimiter implements VendorRateLimiter {
  /** `pool`: any pool on the database (the limiter never ends it). */
  constructor(private readonly pool: pg.Pool) {}

  async take(key: string, perMinute: number): Promise<void> {
    const { capacity, refillPerMs } = bucketShape(perMinute);
    for (;;) {
      const taken = await this.pool.query(TAKE, [key, capacity, refillPerMs]);
      if (taken.rowCount === 1) return;
      await sleep(await this.waitMs(key, perMinute));
    }
  }

  async untilAvailable(key: string, perMinute: number): Promise<void> {
    for (;;) {
      const wait = await this.waitMs(key, perMinute);
      if (wait === 0) return;
      await sleep(wait);
    }
  }

  /**
   * How long until the bucket holds a whole token, from its stored state (0: one is there now).
   * Others may take it first: callers try again after the wait, which is at most 60000 / perMinute ms.
   */
  async waitMs(key: string, perMinute: number): Promise<number> {
    const { capacity, refillPerMs } = bucketShape(perMinute);
    const result = await this.pool.query<{ tokens: number }>(PEEK, [key, capacity, refillPerMs]);
    const tokens = result.rows[0]?.tokens ?? capacity; // no row yet: a full bucket
    if (tokens >= 1) return 0;
    // +1 ms: the database's clock counts whole milliseconds, so an exact wait can land a hair short.
    return Math.ceil((1 - tokens) / refillPerMs) + 1;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
