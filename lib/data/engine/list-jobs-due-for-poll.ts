import "server-only";
import { db } from "@/lib/db";

/** Jobs at a vendor whose next poll is due, oldest first. */
export async function listJobsDueForPoll(now: Date, limit: number) {
  return db.job.findMany({
    where: { status: { in: ["SUBMITTED", "RUNNING", "NEEDS_INPUT"] }, vendorTaskId: { not: null }, nextPollAt: { lte: now } },
    orderBy: { nextPollAt: "asc" },
    take: limit,
    select: { id: true, connectionId: true },
  });
}
