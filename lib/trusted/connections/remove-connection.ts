import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import type { AuditActor } from "@/lib/trusted/audit/audit-actor";
import { findConnectionOrThrow } from "./find-connection";

export interface RemoveConnectionResult {
  outcome: "removed" | "retired";
  name: string;
  /** Said to the admin: what happened and why. */
  message: string;
}

/**
 * Deletes a connection that never ran a job. One with jobs is retired instead (status
 * RETIRED, no longer the default): its jobs keep their lineage and images, and the engine can
 * still finish tasks in flight, but nothing new is sent to it. The built-in simulator stays.
 */
export async function removeConnection(nameOrId: string, actor: AuditActor): Promise<RemoveConnectionResult> {
  const connection = await findConnectionOrThrow(nameOrId);
  if (connection.builtin) {
    throw new AppError(
      "CONFLICT",
      `"${connection.name}" is the built-in simulator: the studio recreates it at every start, so it cannot be removed. Make another connection the ` +
        `default instead.`,
    );
  }
  const jobCount = await db.job.count({ where: { connectionId: connection.id } });
  const wasDefault = connection.isDefault;
  const defaultNote = wasDefault ? " It was the default connection: choose a new default." : "";
  let result: RemoveConnectionResult;
  if (jobCount > 0) {
    await db.vendorConnection.update({ where: { id: connection.id }, data: { status: "RETIRED", isDefault: false } });
    result = {
      outcome: "retired",
      name: connection.name,
      message:
        `"${connection.name}" has ${jobCount} job${jobCount === 1 ? "" : "s"}, so it was retired instead of removed: its jobs keep their history and ` +
        `images, and no new job will use it.${defaultNote}`,
    };
  } else {
    await db.vendorConnection.delete({ where: { id: connection.id } });
    result = { outcome: "removed", name: connection.name, message: `"${connection.name}" was removed.${defaultNote}` };
  }
  await recordAudit({
    action: result.outcome === "removed" ? "connection.removed" : "connection.retired",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: connection.id,
    details: { name: connection.name, jobCount, wasDefault },
  });
  return result;
}
