import "server-only";
import { db } from "@/lib/db";
import type { JobEventRow } from "./job-event-row";

/** Events a viewer missed since `afterId` (their teams; private ones only their own). */
export async function listJobEventsAfter(viewer: { id: string; teams: { id: string }[] }, afterId: number, limit = 500): Promise<JobEventRow[]> {
  return db.jobEvent.findMany({
    where: {
      id: { gt: afterId },
      OR: [{ userId: viewer.id }, { private: false, teamId: { in: viewer.teams.map((t) => t.id) } }],
    },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, jobId: true, teamId: true, userId: true, private: true },
  });
}
