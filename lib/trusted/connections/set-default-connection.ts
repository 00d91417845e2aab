import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import type { AuditActor } from "@/lib/trusted/audit/audit-actor";
import { findConnectionOrThrow } from "./find-connection";

/** Makes one active connection the default for new jobs (exactly one default at a time). */
export async function setDefaultConnection(nameOrId: string, actor: AuditActor): Promise<{ name: string }> {
  const connection = await findConnectionOrThrow(nameOrId);
  if (connection.status !== "ACTIVE") {
    throw new AppError("CONFLICT", `"${connection.name}" is ${connection.status.toLowerCase()}: only an active connection can be the default.`);
  }
  await db.$transaction([
    db.vendorConnection.updateMany({ where: { isDefault: true, id: { not: connection.id } }, data: { isDefault: false } }),
    db.vendorConnection.update({ where: { id: connection.id }, data: { isDefault: true } }),
  ]);
  await recordAudit({
    action: "connection.default_set",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: connection.id,
    details: { name: connection.name },
  });
  return { name: connection.name };
}
