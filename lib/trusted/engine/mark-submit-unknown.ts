import "server-only";
import { db } from "@/lib/db";
import { submitTransition } from "@/lib/domain/submit-state";

/** The vendor may or may not have accepted this submit; recovery decides (never a blind resend). */
export async function markSubmitUnknown(jobId: string, fencingToken: number): Promise<void> {
  const lose = submitTransition("lose");
  await db.job.updateMany({
    where: { id: jobId, fencingToken, submitState: { in: [...lose.from] } },
    data: { submitState: lose.to, leaseUntil: new Date(0) },
  });
}
