import "server-only";
import { databaseProvider } from "@/lib/database-url";
import type { Prisma } from "@/lib/db";

/**
 * Makes transactions that name the same subject run one after another, for checks that read
 * rows and then write (the last admin, an upload quota), which PostgreSQL's READ COMMITTED would
 * otherwise let two transactions pass at once, each blind to the other's uncommitted write.
 * - PostgreSQL: a transaction-level advisory lock on the subject, held until commit or rollback;
 *   a second transaction on the same subject waits here, then reads the first one's write.
 * - SQLite: nothing to do, as long as the transaction writes before it reads (the first write
 *   takes the database's one write lock); every caller does.
 * Call it first in the transaction.
 */
export async function serializeTransaction(tx: Prisma.TransactionClient, subject: string): Promise<void> {
  if (databaseProvider() !== "postgresql") return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`atelier:${subject}`}, 0))`;
}
