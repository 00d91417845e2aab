import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";

/** Creates an empty team (admins). Names are unique, ignoring case, so people can tell teams apart. */
export async function createTeam(actor: AdminActor, name: string): Promise<{ id: string; name: string }> {
  assertAdmin(actor);
  const existing = await db.team.findMany({ select: { name: true } });
  if (existing.some((t) => t.name.toLowerCase() === name.toLowerCase())) throw new AppError("CONFLICT", `A team named "${name}" already exists.`);
  const team = await db.team.create({ data: { name }, select: { id: true, name: true } });
  await recordAudit({ action: "team.created", actorId: actor.id, actorEmail: actor.email, targetType: "Team", targetId: team.id, details: { name } });
  return team;
}
