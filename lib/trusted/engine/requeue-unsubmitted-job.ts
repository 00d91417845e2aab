import "server-only";
import { db } from "@/lib/db";
import { submitTransition } from "@/lib/domain/submit-state";

/** The vendor confirmed it never received this submit: it is safe to send again. */
export async function requeueUnsubmittedJob(jobId: string): Promise<void> {
  const requeue = submitTransition("requeue");
  await db.job.updateMany({
    where: { id: jobId, status: "QUEUED", submitState: { in: [...requeue.from] } },
    data: { submitState: requeue.to, leaseOwner: null, leaseUntil: null },
  });
}
