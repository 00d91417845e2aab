import "server-only";
import { db } from "@/lib/db";
import { submitTransition } from "@/lib/domain/submit-state";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";

export type ConnectionStatus = "ACTIVE" | "DISABLED" | "RETIRED";

const DISABLED_REASON = "An admin disabled the vendor connection before this job was sent. Start it again: it will go to another connection.";

/**
 * ACTIVE takes new jobs; RETIRED takes none but still serves follow-ups on its images;
 * DISABLED takes nothing, and jobs still waiting to be sent to it fail with a clear reason.
 * A connection that stops being active stops being the default. Returns the ids of jobs it
 * failed, so the caller can announce them live.
 */
export async function setConnectionStatus(
  actor: AdminActor,
  connectionId: string,
  status: ConnectionStatus,
): Promise<{ name: string; failedJobIds: string[] }> {
  assertAdmin(actor);
  const connection = await db.vendorConnection.findUnique({
    where: { id: connectionId },
    select: { id: true, name: true, status: true, isDefault: true, builtin: true },
  });
  if (!connection) throw new AppError("NOT_FOUND", "That connection no longer exists.");
  if (connection.status === status) return { name: connection.name, failedJobIds: [] };
  if (connection.builtin && status === "RETIRED") {
    throw new AppError("CONFLICT", "The built-in simulator cannot be retired (the studio recreates it at every start). Disable it instead.");
  }
  const failedJobIds = await db.$transaction(async (tx) => {
    await tx.vendorConnection.update({ where: { id: connection.id }, data: { status, ...(status === "ACTIVE" ? {} : { isDefault: false }) } });
    if (status !== "DISABLED") return [];
    const waiting = await tx.job.findMany({ where: { connectionId: connection.id, status: "QUEUED", submitState: "NONE" }, select: { id: true } });
    if (waiting.length) {
      await tx.job.updateMany({
        where: { id: { in: waiting.map((j) => j.id) }, status: "QUEUED", submitState: "NONE" },
        data: {
          status: "FAILED",
          failureCode: "VENDOR_ERROR",
          failureReason: DISABLED_REASON,
          finishedAt: new Date(),
          submitState: submitTransition("refuse").to,
        },
      });
    }
    return waiting.map((j) => j.id);
  });
  await recordAudit({
    action: status === "ACTIVE" ? "connection.enabled" : status === "DISABLED" ? "connection.disabled" : "connection.retired",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: connection.id,
    details: { name: connection.name, from: connection.status, to: status, wasDefault: connection.isDefault, failedQueuedJobs: failedJobIds.length },
  });
  return { name: connection.name, failedJobIds };
}
