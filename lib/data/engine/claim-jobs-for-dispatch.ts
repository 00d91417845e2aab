import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { ClaimedJob } from "./claimed-job";

const ACTIVE = ["SUBMITTED", "RUNNING", "NEEDS_INPUT"];

export function hashWebhookToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Claims queued jobs for submission without exceeding any connection's concurrency limit.
 * A claim is one conditional UPDATE (status QUEUED and submitState NONE), so two engines can
 * never claim the same job; the claim bumps the fencing token and marks the submit as
 * under way *before* the vendor is called, so a crash afterwards is never resubmitted blindly.
 */
export async function claimJobsForDispatch(owner: string, leaseMs: number): Promise<ClaimedJob[]> {
  const waiting = await db.job.groupBy({ by: ["connectionId"], where: { status: "QUEUED", submitState: "NONE" } });
  const claimed: ClaimedJob[] = [];
  for (const { connectionId } of waiting) {
    const connection = await db.vendorConnection.findUnique({ where: { id: connectionId }, select: { concurrency: true, status: true } });
    if (!connection) continue;
    const active = await db.job.count({
      where: { connectionId, OR: [{ status: { in: ACTIVE } }, { status: "QUEUED", submitState: { in: ["SUBMITTING", "UNKNOWN"] } }] },
    });
    const free = connection.concurrency - active;
    if (free <= 0) continue;
    const candidates = await db.job.findMany({
      where: { connectionId, status: "QUEUED", submitState: "NONE" },
      orderBy: { createdAt: "asc" },
      take: free,
      select: { id: true },
    });
    for (const { id } of candidates) {
      const webhookToken = randomBytes(24).toString("base64url");
      const result = await db.job.updateMany({
        where: { id, status: "QUEUED", submitState: "NONE" },
        data: {
          submitState: "SUBMITTING",
          leaseOwner: owner,
          leaseUntil: new Date(Date.now() + leaseMs),
          fencingToken: { increment: 1 },
          submitAttempts: { increment: 1 },
          webhookTokenHash: hashWebhookToken(webhookToken),
        },
      });
      if (result.count !== 1) continue;
      const job = await db.job.findUniqueOrThrow({
        where: { id },
        include: { parent: { select: { id: true, vendorTaskId: true, offeredActions: true, connectionId: true } } },
      });
      claimed.push({
        id: job.id,
        teamId: job.teamId,
        userId: job.userId,
        connectionId: job.connectionId,
        kind: job.kind,
        action: job.action,
        prompt: job.prompt,
        params: job.params,
        notifyId: job.notifyId,
        fencingToken: job.fencingToken,
        webhookToken,
        parent: job.parent,
      });
    }
  }
  return claimed;
}
