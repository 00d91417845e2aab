import "server-only";
import { db } from "@/lib/db";

/** The vendor may or may not have accepted this submit; recovery decides (never a blind resend). */
export async function markSubmitUnknown(jobId: string, fencingToken: number): Promise<void> {
  await db.job.updateMany({
    where: { id: jobId, fencingToken, submitState: "SUBMITTING" },
    data: { submitState: "UNKNOWN", leaseUntil: new Date(0) },
  });
}
