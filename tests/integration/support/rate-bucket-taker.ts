// A separate OS process taking tokens from a PostgreSQL rate bucket (tests/integration/pg-rate-limiter.test.ts
// forks two). It says "ready" once its pool is connected, starts on "go" so both compete from the same
// moment, takes with `loops` concurrent callers until `durationMs` has passed, and reports its count.
import pg from "pg";
import { PgRateLimiter } from "@/lib/jobs/pg-rate-limiter";

const [url, key, perMinute, durationMs, loops] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: Number(loops) });
const limiter = new PgRateLimiter(pool);

async function run(): Promise<void> {
  await pool.query("SELECT 1");
  const go = new Promise<void>((resolve) => process.once("message", () => resolve()));
  process.send?.({ ready: true });
  await go;
  const deadline = Date.now() + Number(durationMs);
  let taken = 0;
  await Promise.all(
    Array.from({ length: Number(loops) }, async () => {
      while (Date.now() < deadline) {
        await limiter.take(key, Number(perMinute));
        taken++; // counted even when it lands after the deadline: it consumed a token
      }
    }),
  );
  await pool.end();
  process.send?.({ taken }, () => process.exit(0));
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
