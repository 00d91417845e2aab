import "server-only";
import { db } from "@/lib/db";

const prismaCode = (error: unknown) => (typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined);

/**
 * Counts one event under `key` in a fixed window and returns the count so far. The counter
 * lives in the database, so a restart does not hand an attacker a fresh allowance. Each step is
 * a single conditional write, so concurrent hits are not lost.
 */
export async function hitRateCounter(key: string, windowMs: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - windowMs);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // One UPDATE … RETURNING: the count it returns is exactly this hit's.
      const bumped = await db.rateCounter.update({ where: { key, windowStart: { gt: cutoff } }, data: { count: { increment: 1 } }, select: { count: true } });
      return bumped.count;
    } catch (error) {
      if (prismaCode(error) !== "P2025") throw error;
    }
    const restarted = await db.rateCounter.updateMany({ where: { key, windowStart: { lte: cutoff } }, data: { count: 1, windowStart: now } });
    if (restarted.count > 0) return 1;
    try {
      await db.rateCounter.create({ data: { key, count: 1, windowStart: now } });
      return 1;
    } catch (error) {
      if (prismaCode(error) !== "P2002") throw error;
      // Someone created it between our update and insert: count on it instead.
    }
  }
  return 1;
}
