import "server-only";
import { db } from "@/lib/db";

/** Drops counters whose window ended long ago, so random e-mail addresses do not pile up rows. */
export async function pruneRateCounters(prefix: string, olderThanMs: number, now = new Date()): Promise<void> {
  await db.rateCounter.deleteMany({ where: { key: { startsWith: prefix }, windowStart: { lt: new Date(now.getTime() - olderThanMs) } } });
}
