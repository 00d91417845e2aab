import "server-only";
import { db } from "@/lib/db";

export async function clearRateCounter(key: string): Promise<void> {
  await db.rateCounter.deleteMany({ where: { key } });
}
