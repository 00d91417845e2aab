import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import type { editConnectionSchema } from "@/lib/schemas/connections";
import { sealConnectionKey } from "@/lib/trusted/connections/connection-key";
import { replaceConnectionTeams } from "@/lib/trusted/connections/replace-connection-teams";
import { sameOrigin } from "@/lib/http/same-origin-url";

/**
 * Changes a connection's settings. The key is write-only: given, it replaces the stored one
 * (sealed here, never echoed, never audited beyond "the key changed"); blank keeps it, but
 * only while the address stays on the same origin (scheme, host, port).
 * The built-in simulator's address and key belong to the studio and are refreshed at start.
 */
export async function editConnection(
  actor: AdminActor,
  input: z.output<typeof editConnectionSchema>,
): Promise<{ id: string; name: string; changed: string[] }> {
  assertAdmin(actor);
  const current = await db.vendorConnection.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      name: true,
      protocol: true,
      profile: true,
      baseUrl: true,
      defaultMode: true,
      concurrency: true,
      rateLimitPerMin: true,
      actionCosts: true,
      imageHosts: true,
      builtin: true,
      teams: { select: { teamId: true } },
    },
  });
  if (!current) throw new AppError("NOT_FOUND", "That connection no longer exists.");
  if (current.builtin && (input.apiKey || input.baseUrl !== current.baseUrl)) {
    throw new AppError("CONFLICT", "The built-in simulator's address and key are set by the studio itself. Add a new connection for another vendor.");
  }
  // Otherwise an admin (or whoever holds an admin session) could point the connection at a
  // host of their own, keep the stored key and press Test: the "write-only" key would be sent
  // there. A new origin needs the key typed again; a new path on the same origin does not.
  if (!input.apiKey && !sameOrigin(input.baseUrl, current.baseUrl)) {
    throw new AppError(
      "BAD_REQUEST",
      "Enter the API key again: the stored key is only sent to the host it was saved for, and this address is on another host, scheme or port.",
    );
  }
  if (input.name !== current.name && (await db.vendorConnection.findUnique({ where: { name: input.name }, select: { id: true } }))) {
    throw new AppError("CONFLICT", `A connection named "${input.name}" already exists.`);
  }
  const profile = current.protocol === "ttapi" ? "generic" : input.profile;
  const next = {
    name: input.name,
    profile,
    baseUrl: input.baseUrl,
    defaultMode: input.defaultMode,
    concurrency: input.concurrency,
    rateLimitPerMin: input.rateLimitPerMin,
    actionCosts: JSON.stringify(input.actionCosts),
    imageHosts: JSON.stringify(input.imageHosts),
  };
  const changed: string[] = (Object.keys(next) as (keyof typeof next)[]).filter((field) => next[field] !== current[field]);
  const teamsBefore = current.teams.map((t) => t.teamId).sort();
  const teamsAfter = [...new Set(input.teamIds)].sort();
  const teamsChanged = teamsBefore.join() !== teamsAfter.join();
  if (input.apiKey) changed.push("apiKey");
  if (teamsChanged) changed.push("teams");
  if (changed.length === 0) return { id: current.id, name: current.name, changed };

  const teamNames = await db.$transaction(async (tx) => {
    await tx.vendorConnection.update({ where: { id: current.id }, data: { ...next, ...(input.apiKey ? sealConnectionKey(input.apiKey) : {}) } });
    return teamsChanged ? replaceConnectionTeams(tx, current.id, teamsAfter) : null;
  });
  const details: Record<string, unknown> = { name: next.name, changed };
  for (const field of changed) {
    if (field in next) details[field] = { from: current[field as keyof typeof next], to: next[field as keyof typeof next] };
  }
  if (teamNames) details.teams = teamNames.length ? teamNames : "every team";
  await recordAudit({
    action: "connection.updated",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: current.id,
    details,
  });
  return { id: current.id, name: next.name, changed };
}
