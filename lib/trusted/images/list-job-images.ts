import "server-only";
import { db } from "@/lib/db";
import { jobImageSelect, toJobImage, type JobImage } from "@/lib/data/images/job-image";

/** Every stored image of a job, grid first then tiles in order. For the engine: no user check. */
export async function listJobImages(jobId: string): Promise<JobImage[]> {
  const rows = await db.image.findMany({ where: { jobId }, select: jobImageSelect, orderBy: [{ kind: "asc" }, { index: "asc" }] });
  return rows.map(toJobImage);
}
