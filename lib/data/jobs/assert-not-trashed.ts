import "server-only";
import { AppError } from "@/lib/errors";

/** Nothing new starts from a job in the trash (follow-ups, Vary Region, favourites, seeds): restore it first. */
export function assertNotTrashed(job: { deletedAt: Date | null }): void {
  if (job.deletedAt) throw new AppError("CONFLICT", "This image is in the trash. Restore it first to use it.");
}
