import "server-only";
import { db } from "@/lib/db";
import type { TeamRole } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";

/** Adds a person to a team with a team role (admins). */
export async function addTeamMember(actor: AdminActor, input: { teamId: string; userId: string; role: TeamRole }): Promise<void> {
  assertAdmin(actor);
  const [team, user] = await Promise.all([
    db.team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true } }),
    db.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } }),
  ]);
  if (!team || !user) throw new AppError("NOT_FOUND", "That team or person no longer exists.");
  if (await db.membership.findUnique({ where: { userId_teamId: { userId: user.id, teamId: team.id } }, select: { id: true } })) {
    throw new AppError("CONFLICT", `${user.email} is already in ${team.name}.`);
  }
  await db.membership.create({ data: { userId: user.id, teamId: team.id, role: input.role } });
  await recordAudit({
    action: "team.member_added",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "Team",
    targetId: team.id,
    details: { team: team.name, userId: user.id, email: user.email, role: input.role },
  });
}
