import "server-only";
import { db } from "@/lib/db";

/**
 * Extends the lease of a submit still under way (same owner, same fencing token), so recovery
 * does not take a slow but live submit for a dead one. False once the claim is gone.
 */
export async function renewSubmitLease(jobId: string, fencingToken: number, owner: string, until: Date): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, fencingToken, leaseOwner: owner, submitState: "SUBMITTING", status: "QUEUED" },
    data: { leaseUntil: until },
  });
  return result.count === 1;
}
