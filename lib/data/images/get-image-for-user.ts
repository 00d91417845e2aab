import "server-only";
import { db } from "@/lib/db";
import { visibleJobsWhere } from "@/lib/data/jobs/job-visibility";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { jobImageSelect, toJobImage, type JobImage } from "./job-image";

/**
 * An image the user may see, or null. Missing and not-allowed look the same, so a caller
 * cannot learn which image ids exist. Images of deleted jobs are gone for everyone.
 */
export async function getImageForUser(user: Pick<SessionUser, "id" | "teams">, imageId: string): Promise<JobImage | null> {
  const row = await db.image.findFirst({
    where: { id: imageId, job: { AND: [visibleJobsWhere(user), { deletedAt: null }] } },
    select: jobImageSelect,
  });
  return row ? toJobImage(row) : null;
}
