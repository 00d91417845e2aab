import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visibleJobsWhere, type Viewer } from "./job-visibility";

/** A job the user may see, or NOT_FOUND (also for jobs that exist but are not theirs to see). */
export async function getVisibleJobOrThrow(user: Viewer, jobId: string) {
  const job = await db.job.findFirst({ where: { id: jobId, ...visibleJobsWhere(user) } });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not shared with you.");
  return job;
}
