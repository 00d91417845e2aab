import "server-only";
import { db } from "@/lib/db";
import { submitTransition } from "@/lib/domain/submit-state";

/**
 * Claims one queued job for submission: one conditional UPDATE (still QUEUED, no submit under
 * way, its connection not disabled), so two engines can never both claim it and a connection
 * an admin disabled sends nothing, whatever an engine cached. The claim records that a submit
 * is under way *before* the vendor is called, so a crash afterwards is never resubmitted
 * blindly, and it bumps the fencing token that later writes must match. Returns the new token,
 * or null.
 */
export async function claimJob(jobId: string, expectedToken: number, owner: string, leaseMs: number, webhookTokenHash: string): Promise<number | null> {
  const claim = submitTransition("claim");
  const result = await db.job.updateMany({
    where: { id: jobId, status: "QUEUED", submitState: { in: [...claim.from] }, fencingToken: expectedToken, connection: { status: { not: "DISABLED" } } },
    data: {
      submitState: claim.to,
      leaseOwner: owner,
      leaseUntil: new Date(Date.now() + leaseMs),
      fencingToken: expectedToken + 1,
      submitAttempts: { increment: 1 },
      webhookTokenHash,
    },
  });
  return result.count === 1 ? expectedToken + 1 : null;
}
