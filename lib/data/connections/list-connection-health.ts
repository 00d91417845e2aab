import "server-only";
import { db } from "@/lib/db";
import { IN_FLIGHT_STATUSES } from "@/lib/domain/job-status";
import type { ConnectionHealthDTO } from "@/lib/dto/admin";

const DAY_MS = 24 * 60 * 60_000;

export function emptyHealth(): ConnectionHealthDTO {
  return { running: 0, queued: 0, failed24h: 0, succeeded24h: 0, avgSeconds: null, lastFailure: null };
}

/** Per connection: jobs in flight and waiting, failures and average duration over the last 24 h. */
export async function listConnectionHealth(now = new Date()): Promise<Map<string, ConnectionHealthDTO>> {
  const since = new Date(now.getTime() - DAY_MS);
  const [active, failed, finished, lastFailures] = await Promise.all([
    db.job.groupBy({ by: ["connectionId", "status"], where: { status: { in: [...IN_FLIGHT_STATUSES] } }, _count: { _all: true } }),
    db.job.groupBy({ by: ["connectionId"], where: { status: "FAILED", finishedAt: { gte: since } }, _count: { _all: true } }),
    db.job.findMany({
      where: { status: "SUCCEEDED", finishedAt: { gte: since } },
      orderBy: { finishedAt: "desc" },
      take: 5000,
      select: { connectionId: true, createdAt: true, finishedAt: true },
    }),
    db.job.findMany({
      where: { status: "FAILED", finishedAt: { gte: since } },
      orderBy: { finishedAt: "desc" },
      distinct: ["connectionId"],
      select: { connectionId: true, failureCode: true, failureReason: true, finishedAt: true },
    }),
  ]);
  const health = new Map<string, ConnectionHealthDTO>();
  const of = (id: string) => health.get(id) ?? health.set(id, emptyHealth()).get(id)!;
  for (const row of active) {
    if (row.status === "QUEUED") of(row.connectionId).queued += row._count._all;
    else of(row.connectionId).running += row._count._all;
  }
  for (const row of failed) of(row.connectionId).failed24h = row._count._all;
  const durations = new Map<string, number[]>();
  for (const job of finished) {
    const list = durations.get(job.connectionId) ?? durations.set(job.connectionId, []).get(job.connectionId)!;
    list.push((job.finishedAt!.getTime() - job.createdAt.getTime()) / 1000);
  }
  for (const [id, list] of durations) {
    of(id).succeeded24h = list.length;
    of(id).avgSeconds = Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 10) / 10;
  }
  for (const job of lastFailures) {
    of(job.connectionId).lastFailure = { code: job.failureCode, reason: job.failureReason, at: job.finishedAt!.toISOString() };
  }
  return health;
}
