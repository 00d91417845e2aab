import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

function startOfUtcDay(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Refuses a new job before it reaches the vendor when the user's or the team's daily budget
 * (jobs per day, vendor quota units per day) is used up. Days are UTC days.
 */
export async function assertWithinBudget(userId: string, teamId: string): Promise<void> {
  const budgets = await db.budget.findMany({ where: { OR: [{ scope: "USER", scopeId: userId }, { scope: "TEAM", scopeId: teamId }] } });
  if (budgets.length === 0) return;
  const since = startOfUtcDay();
  for (const budget of budgets) {
    const where = { createdAt: { gte: since }, status: { not: "FAILED" }, ...(budget.scope === "USER" ? { userId } : { teamId }) };
    const who = budget.scope === "USER" ? "Your" : "Your team's";
    if (budget.jobsPerDay !== null) {
      const used = await db.job.count({ where });
      if (used >= budget.jobsPerDay) {
        throw new AppError("BUDGET_EXCEEDED", `${who} daily budget of ${budget.jobsPerDay} job${budget.jobsPerDay === 1 ? "" : "s"} is used up. It resets at midnight UTC.`);
      }
    }
    if (budget.quotaPerDay !== null) {
      const { _sum } = await db.job.aggregate({ where, _sum: { quotaUsed: true } });
      if ((_sum.quotaUsed ?? 0) >= budget.quotaPerDay) {
        throw new AppError("BUDGET_EXCEEDED", `${who} daily budget of ${budget.quotaPerDay} quota units is used up. It resets at midnight UTC.`);
      }
    }
  }
}
