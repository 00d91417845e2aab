import "server-only";
import { db } from "@/lib/db";
import type { BudgetScope } from "@/lib/domain/budget-scope";
import type { BudgetRowDTO } from "@/lib/dto/admin";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { budgetUseBy, type BudgetUse } from "./budget-usage";
import { startOfUtcDay } from "./utc-day";

/**
 * Every team and every enabled person with their daily limits and what they used today,
 * counted the way insertJobWithinBudget counts: jobs created today that did not fail, and units
 * charged plus units still reserved by jobs in flight.
 */
export async function listBudgets(actor: Pick<SessionUser, "role">, now = new Date()): Promise<{ teams: BudgetRowDTO[]; users: BudgetRowDTO[] }> {
  assertAdmin(actor);
  const since = startOfUtcDay(now);
  const [teams, users, budgets, teamUse, userUse] = await Promise.all([
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { memberships: true } } } }),
    db.user.findMany({ where: { disabled: false }, orderBy: { email: "asc" }, select: { id: true, name: true, email: true } }),
    db.budget.findMany(),
    budgetUseBy(db, "teamId", since),
    budgetUseBy(db, "userId", since),
  ]);
  const budget = new Map(budgets.map((b) => [`${b.scope}:${b.scopeId}`, b]));
  const round = (n: number) => Math.round(n * 100) / 100;
  const row = (scope: BudgetScope, scopeId: string, label: string, detail: string, use?: BudgetUse): BudgetRowDTO => {
    const b = budget.get(`${scope}:${scopeId}`);
    const today = { jobs: use?.jobs ?? 0, quota: round((use?.charged ?? 0) + (use?.reserved ?? 0)), reserved: round(use?.reserved ?? 0) };
    return { scope, scopeId, label, detail, jobsPerDay: b?.jobsPerDay ?? null, quotaPerDay: b?.quotaPerDay ?? null, today };
  };
  return {
    teams: teams.map((t) => row("TEAM", t.id, t.name, `${t._count.memberships} member${t._count.memberships === 1 ? "" : "s"}`, teamUse.get(t.id))),
    users: users.map((u) => row("USER", u.id, u.name || u.email, u.email, userUse.get(u.id))),
  };
}
