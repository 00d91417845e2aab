import "server-only";
import { db } from "@/lib/db";

/** Takes one reserved attempt back (it turned out to be a success), never below zero. */
export async function refundRateAttempt(key: string): Promise<void> {
  await db.rateCounter.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
