import "server-only";
import { db } from "@/lib/db";

/** True when `key` already counted `limit` events in its current window. */
export async function isRateLimited(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const row = await db.rateCounter.findUnique({ where: { key } });
  return Boolean(row && row.windowStart.getTime() > now.getTime() - windowMs && row.count >= limit);
}
