import "server-only";
import type { Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users/get-session-user";

type Viewer = Pick<SessionUser, "id" | "teams">;

/**
 * The one rule for who may see a job (its page, its images, its live events): a member of
 * the job's team sees it when it is shared with the team; its creator always does.
 * Every query that reads jobs for a user goes through this filter. Lists add their own
 * narrowing to the active team.
 */
export function visibleJobsWhere(user: Viewer): Prisma.JobWhereInput {
  return { OR: [{ userId: user.id }, { visibility: "SHARED", teamId: { in: user.teams.map((t) => t.id) } }] };
}

/** The same rule for a job already loaded (e.g. when fanning out a live event). */
export function canSeeJob(user: Viewer, job: { teamId: string; userId: string; visibility: string }): boolean {
  if (job.userId === user.id) return true;
  return job.visibility === "SHARED" && user.teams.some((t) => t.id === job.teamId);
}
