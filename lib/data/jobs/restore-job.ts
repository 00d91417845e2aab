import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getManageableJobOrThrow } from "./get-manageable-job-or-throw";

/** Takes a job back out of the trash; its creator or an admin only. */
export async function restoreJob(user: SessionUser, jobId: string): Promise<{ id: string }> {
  const job = await getManageableJobOrThrow(user, jobId);
  if (!job.deletedAt) return { id: job.id };
  await db.job.update({ where: { id: job.id }, data: { deletedAt: null } });
  await recordAudit({
    action: "job.restored",
    actorId: user.id,
    actorEmail: user.email,
    targetType: "job",
    targetId: job.id,
    details: { ownerId: job.userId },
  });
  return { id: job.id };
}
