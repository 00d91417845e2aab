import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Called inside the transaction that demotes or disables someone, after the write: if no
 * enabled admin is left, the transaction rolls back. Checking after the write (not before)
 * means two admins demoting each other at once cannot both succeed.
 */
export async function assertAdminRemains(tx: Prisma.TransactionClient, message: string): Promise<void> {
  const admins = await tx.user.count({ where: { role: "ADMIN", disabled: false } });
  if (admins === 0) throw new AppError("CONFLICT", message);
}
