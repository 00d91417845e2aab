import "server-only";
import { db } from "@/lib/db";

/** The vendor confirmed it never received this submit: it is safe to send again. */
export async function requeueUnsubmittedJob(jobId: string): Promise<void> {
  await db.job.updateMany({
    where: { id: jobId, status: "QUEUED", submitState: { in: ["SUBMITTING", "UNKNOWN"] } },
    data: { submitState: "NONE", leaseOwner: null, leaseUntil: null },
  });
}
