import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getVisibleJobOrThrow } from "./get-visible-job-or-throw";

/** A job the user may see AND manage (trash, restore): its creator or an admin. */
export async function getManageableJobOrThrow(user: Pick<SessionUser, "id" | "teams" | "role">, jobId: string) {
  const job = await getVisibleJobOrThrow(user, jobId);
  if (job.userId !== user.id && user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only the person who made this image or an admin can do that.");
  return job;
}
