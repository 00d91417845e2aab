import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { actionCostsSchema, type ActionCosts, type CostKind } from "@/lib/jobs/job-cost";
import type { AuditActor } from "@/lib/trusted/audit/audit-actor";
import { getConnectionCosts } from "./get-connection-costs";

/**
 * Sets some of a connection's prices per kind of job (budget units); `null` for a kind goes
 * back to the studio's default. For the CLI, which runs with the server's files (admins use the
 * vendor form). Returns the connection's prices afterwards.
 */
export async function setConnectionCosts(
  nameOrId: string,
  changes: Partial<Record<CostKind, number | null>>,
  actor: AuditActor,
): Promise<{ name: string; actionCosts: ActionCosts }> {
  const { actionCosts: before, ...connection } = await getConnectionCosts(nameOrId);
  const merged: Record<string, number | undefined> = { ...before };
  for (const [kind, cost] of Object.entries(changes)) merged[kind] = cost === null ? undefined : cost;
  const parsed = actionCostsSchema.safeParse(Object.fromEntries(Object.entries(merged).filter(([, cost]) => cost !== undefined)));
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues.map((issue) => issue.message).join(" "));
  await db.vendorConnection.update({ where: { id: connection.id }, data: { actionCosts: JSON.stringify(parsed.data) } });
  await recordAudit({
    action: "connection.updated",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: connection.id,
    details: { name: connection.name, changed: ["actionCosts"], actionCosts: { from: before, to: parsed.data } },
  });
  return { name: connection.name, actionCosts: parsed.data };
}
