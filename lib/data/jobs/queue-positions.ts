import "server-only";
import { db } from "@/lib/db";
import { ACTIVE_STATUSES } from "@/lib/domain/job-status";

/**
 * For queued jobs not yet sent: their place in their connection's queue and whether they wait
 * because the connection is at its concurrency limit ("waiting for a slot").
 */
export async function queuePositions(jobs: { id: string; status: string; submitState: string; connectionId: string; createdAt: Date }[]) {
  const result = new Map<string, { position: number; waiting: boolean }>();
  const queued = jobs.filter((j) => j.status === "QUEUED" && j.submitState === "NONE");
  const busy = new Map<string, boolean>();
  for (const job of queued) {
    if (!busy.has(job.connectionId)) {
      const connection = await db.vendorConnection.findUnique({ where: { id: job.connectionId }, select: { concurrency: true } });
      const active = await db.job.count({
        where: {
          connectionId: job.connectionId,
          OR: [{ status: { in: [...ACTIVE_STATUSES] } }, { status: "QUEUED", submitState: { in: ["SUBMITTING", "UNKNOWN"] } }],
        },
      });
      busy.set(job.connectionId, active >= (connection?.concurrency ?? 1));
    }
    const ahead = await db.job.count({ where: { connectionId: job.connectionId, status: "QUEUED", submitState: "NONE", createdAt: { lt: job.createdAt } } });
    result.set(job.id, { position: ahead + 1, waiting: busy.get(job.connectionId) ?? false });
  }
  return result;
}
