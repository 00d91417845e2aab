import "server-only";
import type { Prisma } from "@prisma/client";
import { IN_FLIGHT_STATUSES } from "@/lib/domain/job-status";

const NOT_COUNTED = ["FAILED", "CANCELLED"];

type Reader = Pick<Prisma.TransactionClient, "job">;

export interface BudgetUse {
  /** Jobs created today that did not fail. */
  jobs: number;
  /** Units charged today (the vendor's own figure, or the connection's price once a job finished). */
  charged: number;
  /** Units held by jobs still in flight, at their connection's price. */
  reserved: number;
}

/**
 * What one person or team has used of a day's budget. A job counts its reservation (Job.cost)
 * while in flight; once the vendor charged it (Job.quotaUsed) that figure replaces it; a job
 * that failed uncharged counts nothing. Plain counts and sums, so the same on PostgreSQL.
 */
export async function budgetUse(db: Reader, who: { userId: string } | { teamId: string }, since: Date): Promise<BudgetUse> {
  const today = { ...who, createdAt: { gte: since } };
  const [jobs, charged, reserved] = await Promise.all([
    db.job.count({ where: { ...today, status: { notIn: NOT_COUNTED } } }),
    db.job.aggregate({ where: today, _sum: { quotaUsed: true } }),
    db.job.aggregate({ where: { ...today, status: { in: [...IN_FLIGHT_STATUSES] }, quotaUsed: null }, _sum: { cost: true } }),
  ]);
  return { jobs, charged: charged._sum.quotaUsed ?? 0, reserved: reserved._sum.cost ?? 0 };
}

/** The same, for every person or every team at once (the admin's budget page). */
export async function budgetUseBy(db: Reader, field: "userId" | "teamId", since: Date): Promise<Map<string, BudgetUse>> {
  const today = { createdAt: { gte: since } };
  const [jobs, charged, reserved] = await Promise.all([
    db.job.groupBy({ by: [field], where: { ...today, status: { notIn: NOT_COUNTED } }, _count: { _all: true } }),
    db.job.groupBy({ by: [field], where: today, _sum: { quotaUsed: true } }),
    db.job.groupBy({ by: [field], where: { ...today, status: { in: [...IN_FLIGHT_STATUSES] }, quotaUsed: null }, _sum: { cost: true } }),
  ]);
  const use = new Map<string, BudgetUse>();
  const entry = (id: string) => use.get(id) ?? use.set(id, { jobs: 0, charged: 0, reserved: 0 }).get(id)!;
  for (const row of jobs) entry(row[field]).jobs = row._count._all;
  for (const row of charged) entry(row[field]).charged = row._sum.quotaUsed ?? 0;
  for (const row of reserved) entry(row[field]).reserved = row._sum.cost ?? 0;
  return use;
}
