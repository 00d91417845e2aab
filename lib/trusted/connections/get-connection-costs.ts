import "server-only";
import { db } from "@/lib/db";
import { parseActionCosts, type ActionCosts } from "@/lib/jobs/job-cost";
import { findConnectionOrThrow } from "./find-connection";

/** A connection's own prices per kind of job (kinds left out cost the studio's defaults). */
export async function getConnectionCosts(nameOrId: string): Promise<{ id: string; name: string; actionCosts: ActionCosts }> {
  const connection = await findConnectionOrThrow(nameOrId);
  const row = await db.vendorConnection.findUniqueOrThrow({ where: { id: connection.id }, select: { actionCosts: true } });
  return { id: connection.id, name: connection.name, actionCosts: parseActionCosts(row.actionCosts) };
}
