import "server-only";
import { db } from "@/lib/db";
import type { DispatchCandidate } from "@/lib/jobs/engine-store";
import { slotHoldersWhere } from "./connection-slots";

/**
 * The oldest queued jobs of each connection, as many as the connection has free slots under
 * its concurrency limit (a submit under way or unconfirmed holds a slot too). Only a hint when
 * several studio processes share the database: the claim (claim-job.ts) enforces the limit.
 */
export async function listDispatchCandidates(): Promise<DispatchCandidate[]> {
  const waiting = await db.job.groupBy({ by: ["connectionId"], where: { status: "QUEUED", submitState: "NONE" } });
  const candidates: DispatchCandidate[] = [];
  for (const { connectionId } of waiting) {
    const connection = await db.vendorConnection.findUnique({ where: { id: connectionId }, select: { concurrency: true } });
    if (!connection) continue;
    const active = await db.job.count({ where: slotHoldersWhere(connectionId) });
    const free = connection.concurrency - active;
    if (free <= 0) continue;
    const jobs = await db.job.findMany({
      where: { connectionId, status: "QUEUED", submitState: "NONE" },
      orderBy: { createdAt: "asc" },
      take: free,
      select: {
        id: true,
        teamId: true,
        userId: true,
        connectionId: true,
        kind: true,
        action: true,
        prompt: true,
        params: true,
        notifyId: true,
        fencingToken: true,
        parent: { select: { id: true, vendorTaskId: true, offeredActions: true, connectionId: true } },
      },
    });
    candidates.push(...jobs);
  }
  return candidates;
}
