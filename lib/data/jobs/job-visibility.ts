import "server-only";
import type { Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/** Who is looking. The role matters only for the trash: admins may restore what anyone trashed. */
export type Viewer = Pick<SessionUser, "id" | "teams"> & Partial<Pick<SessionUser, "role">>;

/**
 * The one rule for who may see a job (its page, its images, its live events): only members
 * of the job's team, and among them, everyone when it is shared and not in the trash; its
 * creator always (in the trash too), and a studio admin for a trashed shared job, so they
 * can restore it. Someone taken out of the team loses even their own jobs in it: they
 * belong to the team. `teams` is re-read from the database on every request.
 * Every query that reads jobs for a user goes through this filter. Lists add their own
 * narrowing to the active team.
 */
export function visibleJobsWhere(user: Viewer): Prisma.JobWhereInput {
  const shared: Prisma.JobWhereInput = user.role === "ADMIN" ? { visibility: "SHARED" } : { visibility: "SHARED", deletedAt: null };
  return { teamId: { in: user.teams.map((t) => t.id) }, OR: [{ userId: user.id }, shared] };
}

/** The same rule for a job already loaded (e.g. when fanning out a live event). */
export function canSeeJob(user: Viewer, job: { teamId: string; userId: string; visibility: string; deletedAt?: Date | null }): boolean {
  if (!user.teams.some((t) => t.id === job.teamId)) return false;
  if (job.userId === user.id) return true;
  if (job.deletedAt && user.role !== "ADMIN") return false;
  return job.visibility === "SHARED";
}
