import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import type { addConnectionSchema } from "@/lib/schemas/connections";
import type { z } from "zod";
import { createConnection } from "./create-connection";
import { replaceConnectionTeams } from "./replace-connection-teams";

/**
 * An admin adds a connection: the shared create (key sealed, one default at a time, audited
 * without the key), then the settings only the admin pages have (rate limit, allowed teams).
 */
export async function addConnection(actor: AdminActor, input: z.output<typeof addConnectionSchema>): Promise<{ id: string; name: string }> {
  assertAdmin(actor);
  const { rateLimitPerMin, teamIds, ...fields } = input;
  const created = await createConnection(fields, { id: actor.id, email: actor.email });
  const teamNames = await db.$transaction(async (tx) => {
    await tx.vendorConnection.update({ where: { id: created.id }, data: { rateLimitPerMin } });
    return replaceConnectionTeams(tx, created.id, teamIds);
  });
  await recordAudit({
    action: "connection.updated",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: created.id,
    details: {
      name: created.name,
      changed: ["rateLimitPerMin", "teams"],
      rateLimitPerMin,
      concurrency: created.concurrency,
      teams: teamNames.length ? teamNames : "every team",
    },
  });
  return { id: created.id, name: created.name };
}
