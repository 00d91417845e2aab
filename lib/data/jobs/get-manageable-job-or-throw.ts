import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getJobForWriteOrThrow } from "./get-job-for-write-or-throw";

/** A job the user may see AND manage (trash, restore): its creator or an admin, still in its team. */
export async function getManageableJobOrThrow(user: Pick<SessionUser, "id" | "teams" | "role">, jobId: string) {
  const job = await getJobForWriteOrThrow(user, jobId);
  if (job.userId !== user.id && user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only the person who made this image or an admin can do that.");
  return job;
}
