import "server-only";
import type { Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/** Who is looking. The role matters only for the trash: admins may restore what anyone trashed. */
export type Viewer = Pick<SessionUser, "id" | "teams"> & Partial<Pick<SessionUser, "role">>;

/**
 * The one rule for who may see a job (its page, its images, its live events): a member of
 * the job's team sees it when it is shared with the team and not in the trash; its creator
 * always does (in the trash too), and so does a studio admin for a trashed shared job, so
 * they can restore it. Every query that reads jobs for a user goes through this filter.
 * Lists add their own narrowing to the active team.
 */
export function visibleJobsWhere(user: Viewer): Prisma.JobWhereInput {
  const teamIds = user.teams.map((t) => t.id);
  const shared: Prisma.JobWhereInput = { visibility: "SHARED", teamId: { in: teamIds } };
  return { OR: [{ userId: user.id }, user.role === "ADMIN" ? shared : { ...shared, deletedAt: null }] };
}

/** The same rule for a job already loaded (e.g. when fanning out a live event). */
export function canSeeJob(user: Viewer, job: { teamId: string; userId: string; visibility: string; deletedAt?: Date | null }): boolean {
  if (job.userId === user.id) return true;
  if (job.deletedAt && user.role !== "ADMIN") return false;
  return job.visibility === "SHARED" && user.teams.some((t) => t.id === job.teamId);
}
