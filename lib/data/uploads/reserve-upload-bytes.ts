import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { serializeTransaction } from "@/lib/data/locks/serialize-transaction";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Records an upload against its owner's daily quota (bytes over the last 24 hours), or refuses
 * it. One INSERT … SELECT … WHERE: the sum and the insert are one statement, so uploads sent in
 * parallel cannot all slip under the limit (on PostgreSQL with a lock per person, see
 * serializeTransaction). Called before the bytes are written.
 */
export async function reserveUploadBytes(userId: string, key: string, bytes: number, now = new Date()): Promise<void> {
  const quotaMb = env().UPLOAD_QUOTA_MB_PER_DAY;
  const quota = quotaMb * 1024 * 1024;
  const since = new Date(now.getTime() - DAY_MS);
  const inserted = await db.$transaction(async (tx) => {
    // On PostgreSQL the statement alone is not enough: two inserts read the sum without each other's row.
    await serializeTransaction(tx, `uploads:${userId}`);
    return tx.$executeRaw`
      INSERT INTO "Upload" ("key", "userId", "bytes", "createdAt")
      SELECT ${key}, ${userId}, ${bytes}, ${now}
      WHERE COALESCE((SELECT SUM("bytes") FROM "Upload" WHERE "userId" = ${userId} AND "createdAt" > ${since}), 0) + ${bytes} <= ${quota}`;
  });
  if (inserted === 0) {
    throw new AppError(
      "BUDGET_EXCEEDED",
      `This image would take you past your ${quotaMb} MB of uploads a day. Try again tomorrow, or ask an admin to raise the limit.`,
    );
  }
}
