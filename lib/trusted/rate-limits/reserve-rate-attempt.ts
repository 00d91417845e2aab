import "server-only";
import { db } from "@/lib/db";

export interface RateAttempt {
  /** How many attempts this window holds, this one included. */
  count: number;
  windowStart: Date;
}

/**
 * Counts one attempt under `key` in a fixed window and returns the count including it. One
 * UPSERT … RETURNING: the increment and the read are the same statement, so parallel attempts
 * each get their own number (1, 2, 3 …) and none can slip in on a count read before another's
 * increment. A window that ended starts over at 1. Counters live in the database, so a restart
 * hands an attacker no fresh allowance.
 */
export async function reserveRateAttempt(key: string, windowMs: number, now = new Date()): Promise<RateAttempt> {
  const cutoff = new Date(now.getTime() - windowMs);
  const rows = await db.$queryRaw<{ count: number | bigint; windowStart: Date | string }[]>`
    INSERT INTO "RateCounter" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateCounter"."windowStart" > ${cutoff} THEN "RateCounter"."count" + 1 ELSE 1 END,
      "windowStart" = CASE WHEN "RateCounter"."windowStart" > ${cutoff} THEN "RateCounter"."windowStart" ELSE ${now} END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  return { count: Number(row.count), windowStart: new Date(row.windowStart) };
}
