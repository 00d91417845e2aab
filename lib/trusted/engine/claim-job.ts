import "server-only";
import { db, type Prisma } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";
import { submitTransition } from "@/lib/domain/submit-state";
import { slotHoldersWhere } from "./connection-slots";

function claimUpdate(jobId: string, expectedToken: number, owner: string, leaseMs: number, webhookTokenHash: string): Prisma.JobUpdateManyArgs {
  const claim = submitTransition("claim");
  return {
    where: { id: jobId, status: "QUEUED", submitState: { in: [...claim.from] }, fencingToken: expectedToken, connection: { status: { not: "DISABLED" } } },
    data: {
      submitState: claim.to,
      leaseOwner: owner,
      leaseUntil: new Date(Date.now() + leaseMs),
      fencingToken: expectedToken + 1,
      submitAttempts: { increment: 1 },
      webhookTokenHash,
    },
  };
}

/** Thrown inside the claim's transaction to roll it back: the connection had no free slot. */
class NoFreeSlot extends Error {}

/**
 * Claims one queued job for submission: one conditional UPDATE (still QUEUED, no submit under
 * way, its connection not disabled), so two engines can never both claim it and a connection
 * an admin disabled sends nothing, whatever an engine cached. The claim records that a submit
 * is under way *before* the vendor is called, so a crash afterwards is never resubmitted
 * blindly, and it bumps the fencing token that later writes must match. Returns the new token,
 * or null (lost, disabled, or no free slot).
 *
 * The connection's concurrency limit is enforced here, not only when candidates are listed: with
 * several studio processes on one PostgreSQL each dispatches from its own list, at the same time.
 * The claim and a count of the jobs holding the connection's slots (the claim included) are one
 * transaction, rolled back when the count is over the limit. On PostgreSQL the transaction first
 * locks the connection's row, so a second process's claim for the same connection waits and then
 * counts the first one's; on SQLite the UPDATE comes first and takes the database's one write lock.
 */
export async function claimJob(jobId: string, expectedToken: number, owner: string, leaseMs: number, webhookTokenHash: string): Promise<number | null> {
  const update = claimUpdate(jobId, expectedToken, owner, leaseMs, webhookTokenHash);
  try {
    return await db.$transaction(async (tx) => {
      if (databaseProvider() === "postgresql")
        await tx.$queryRaw`SELECT c."id" FROM "VendorConnection" c JOIN "Job" j ON j."connectionId" = c."id" WHERE j."id" = ${jobId} FOR UPDATE OF c`;
      if ((await tx.job.updateMany(update)).count !== 1) return null;
      const job = await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: { connectionId: true, connection: { select: { concurrency: true } } } });
      if ((await tx.job.count({ where: slotHoldersWhere(job.connectionId) })) > job.connection.concurrency) throw new NoFreeSlot();
      return expectedToken + 1;
    });
  } catch (error) {
    if (error instanceof NoFreeSlot) return null;
    throw error;
  }
}
