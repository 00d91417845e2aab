import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertNotTrashed } from "./assert-not-trashed";
import { getJobForWriteOrThrow } from "./get-job-for-write-or-throw";

/** Marks or unmarks a job the user may see as one of their favourites. Idempotent. */
export async function setJobFavorite(user: Pick<SessionUser, "id" | "teams">, jobId: string, favorite: boolean): Promise<{ favorite: boolean }> {
  const job = await getJobForWriteOrThrow(user, jobId);
  if (favorite) {
    assertNotTrashed(job);
    await db.favorite.upsert({ where: { userId_jobId: { userId: user.id, jobId: job.id } }, create: { userId: user.id, jobId: job.id }, update: {} });
  } else {
    await db.favorite.deleteMany({ where: { userId: user.id, jobId: job.id } });
  }
  return { favorite };
}
