import "server-only";
import { db } from "@/lib/db";
import { startOfUtcDay } from "@/lib/data/budgets/utc-day";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";

export interface StudioCounts {
  people: number;
  admins: number;
  disabled: number;
  teams: number;
  pendingInvites: number;
  jobsToday: number;
  failedToday: number;
  failedSignInsToday: number;
}

/** The numbers on the admin overview. */
export async function getStudioCounts(actor: Pick<SessionUser, "role">, now = new Date()): Promise<StudioCounts> {
  assertAdmin(actor);
  const today = startOfUtcDay(now);
  const [people, admins, disabled, teams, pendingInvites, jobsToday, failedToday, failedSignInsToday] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { role: "ADMIN", disabled: false } }),
    db.user.count({ where: { disabled: true } }),
    db.team.count(),
    db.invite.count({ where: { usedAt: null, expiresAt: { gt: now } } }),
    db.job.count({ where: { createdAt: { gte: today } } }),
    db.job.count({ where: { createdAt: { gte: today }, status: "FAILED" } }),
    // Refused attempts are folded into rows with a count: add the counts, not the rows.
    db.auditLog.aggregate({ where: { action: "auth.sign_in_failed", at: { gte: today } }, _sum: { count: true } }),
  ]);
  return { people, admins, disabled, teams, pendingInvites, jobsToday, failedToday, failedSignInsToday: failedSignInsToday._sum.count ?? 0 };
}
