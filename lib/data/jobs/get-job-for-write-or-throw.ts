import "server-only";
import { assertTeamMember } from "@/lib/data/teams/assert-team-member";
import { getVisibleJobOrThrow } from "./get-visible-job-or-throw";
import type { Viewer } from "./job-visibility";

/**
 * A job the user may see AND still act on: they are a member of its team right now (checked
 * in the database, not in the user object). Follow-ups, Vary Region, favourites, trash,
 * restore and seed look-ups all start here.
 */
export async function getJobForWriteOrThrow(user: Viewer, jobId: string) {
  const job = await getVisibleJobOrThrow(user, jobId);
  await assertTeamMember(user.id, job.teamId);
  return job;
}
