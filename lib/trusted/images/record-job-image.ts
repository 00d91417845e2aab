import "server-only";
import { db } from "@/lib/db";
import { jobImageSelect, toJobImage, type JobImage } from "@/lib/data/images/job-image";

export type NewJobImage = Omit<JobImage, "id">;

/**
 * Records one stored image of a job, once. The first record for (jobId, kind, index) wins and
 * is returned to every later or concurrent caller, so a repeated or racing ingest never makes
 * a second row; the caller compares keys to clean up files that lost the race.
 */
export async function recordJobImage(image: NewJobImage): Promise<JobImage> {
  const where = { jobId_kind_index: { jobId: image.jobId, kind: image.kind, index: image.index } };
  const existing = await db.image.findUnique({ where, select: jobImageSelect });
  if (existing) return toJobImage(existing);
  try {
    return toJobImage(await db.image.create({ data: image, select: jobImageSelect }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another ingest recorded it between our read and our insert: theirs stands.
    const winner = await db.image.findUniqueOrThrow({ where, select: jobImageSelect });
    return toJobImage(winner);
  }
}

// Checked by code rather than instanceof: driver adapters and bundling can load a second copy
// of Prisma's error classes.
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
