import "server-only";
import { db } from "@/lib/db";
import type { BudgetRowDTO } from "@/lib/dto/admin";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { startOfUtcDay } from "./utc-day";

/**
 * Every team and every enabled person with their daily limits and what they used today,
 * counted the way assertWithinBudget counts (jobs created today that did not fail).
 */
export async function listBudgets(actor: Pick<SessionUser, "role">, now = new Date()): Promise<{ teams: BudgetRowDTO[]; users: BudgetRowDTO[] }> {
  assertAdmin(actor);
  const since = startOfUtcDay(now);
  const counted = { createdAt: { gte: since }, status: { not: "FAILED" } };
  const [teams, users, budgets, byTeam, byUser] = await Promise.all([
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { memberships: true } } } }),
    db.user.findMany({ where: { disabled: false }, orderBy: { email: "asc" }, select: { id: true, name: true, email: true } }),
    db.budget.findMany(),
    db.job.groupBy({ by: ["teamId"], where: counted, _count: { _all: true }, _sum: { quotaUsed: true } }),
    db.job.groupBy({ by: ["userId"], where: counted, _count: { _all: true }, _sum: { quotaUsed: true } }),
  ]);
  const budget = new Map(budgets.map((b) => [`${b.scope}:${b.scopeId}`, b]));
  const teamUse = new Map(byTeam.map((r) => [r.teamId, { jobs: r._count._all, quota: r._sum.quotaUsed ?? 0 }]));
  const userUse = new Map(byUser.map((r) => [r.userId, { jobs: r._count._all, quota: r._sum.quotaUsed ?? 0 }]));
  const row = (scope: "USER" | "TEAM", scopeId: string, label: string, detail: string, today = { jobs: 0, quota: 0 }): BudgetRowDTO => {
    const b = budget.get(`${scope}:${scopeId}`);
    return { scope, scopeId, label, detail, jobsPerDay: b?.jobsPerDay ?? null, quotaPerDay: b?.quotaPerDay ?? null, today };
  };
  return {
    teams: teams.map((t) => row("TEAM", t.id, t.name, `${t._count.memberships} member${t._count.memberships === 1 ? "" : "s"}`, teamUse.get(t.id))),
    users: users.map((u) => row("USER", u.id, u.name || u.email, u.email, userUse.get(u.id))),
  };
}
