import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { budgetUse } from "./budget-usage";
import { startOfUtcDay } from "./utc-day";

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Inserts a job and reserves its budget in one write transaction that rolls back when the
 * person's or the team's daily budget (jobs per day, units per day) would be exceeded. The
 * count includes jobs still in flight, so parallel submits cannot all pass a limit.
 *
 * Why it is atomic: the transaction's first statement is a write to the budgets in question.
 * - SQLite: that write takes the database's write lock at once (before any read, so no stale
 *   snapshot), so reservations serialize across connections and processes; the sums below see
 *   every earlier reservation.
 * - PostgreSQL (READ COMMITTED): the same UPDATE row-locks the person's and the team's Budget
 *   rows; a second reservation against either waits for the first to commit, and its sums
 *   (new snapshot per statement) then include the first one's job. Reservations against other
 *   budgets do not wait. No budget rows: nothing to lock, nothing to check.
 */
export async function insertJobWithinBudget(data: Prisma.JobUncheckedCreateInput): Promise<{ id: string }> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$executeRaw`UPDATE "Budget" SET "scope" = "scope"
          WHERE ("scope" = 'USER' AND "scopeId" = ${data.userId}) OR ("scope" = 'TEAM' AND "scopeId" = ${data.teamId})`;
      const row = await tx.job.create({ data, select: { id: true } });
      if (locked === 0) return row;
      const budgets = await tx.budget.findMany({
        where: {
          OR: [
            { scope: "USER", scopeId: data.userId },
            { scope: "TEAM", scopeId: data.teamId },
          ],
        },
      });
      const since = startOfUtcDay();
      for (const budget of budgets) {
        const who = budget.scope === "USER" ? "Your" : "Your team's";
        const use = await budgetUse(tx, budget.scope === "USER" ? { userId: data.userId } : { teamId: data.teamId }, since);
        if (budget.jobsPerDay !== null && use.jobs > budget.jobsPerDay) {
          throw new AppError(
            "BUDGET_EXCEEDED",
            `${who} daily budget of ${budget.jobsPerDay} job${budget.jobsPerDay === 1 ? "" : "s"} is used up. It resets at midnight UTC.`,
          );
        }
        const units = use.charged + use.reserved;
        // A hundredth of a unit of slack: prices are decimals and sums of floats drift.
        if (budget.quotaPerDay !== null && units > budget.quotaPerDay + 0.005) {
          const cost = Number(data.cost ?? 0);
          throw new AppError(
            "BUDGET_EXCEEDED",
            `${who} daily budget of ${budget.quotaPerDay} quota units is used up: this job costs ${round(cost)} and ${round(units - cost)} are already ` +
              `used or reserved today. It resets at midnight UTC.`,
          );
        }
      }
      return row;
      // Reservations queue behind each other (and behind other writers): wait longer than
      // Prisma's 2 s default for a turn rather than refuse a user's job under a burst.
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}
