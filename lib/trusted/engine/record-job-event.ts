import "server-only";
import { db } from "@/lib/db";

import type { JobEventRow } from "@/lib/data/events/job-event-row";

export type { JobEventRow };

/** Appends a change to the team's ordered event log, so reconnecting browsers can catch up. */
export async function recordJobEvent(jobId: string): Promise<JobEventRow | null> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { teamId: true, userId: true, visibility: true } });
  if (!job) return null;
  const row = await db.jobEvent.create({ data: { jobId, teamId: job.teamId, userId: job.userId, private: job.visibility === "PRIVATE" } });
  return { id: row.id, jobId, teamId: row.teamId, userId: row.userId, private: row.private };
}
