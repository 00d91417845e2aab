import "server-only";
import { db } from "@/lib/db";
import type { TeamRole } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";

/** Makes a team member an owner of the team, or a plain member again (admins). */
export async function setTeamMemberRole(actor: AdminActor, input: { teamId: string; userId: string; role: TeamRole }): Promise<void> {
  assertAdmin(actor);
  const membership = await db.membership.findUnique({
    where: { userId_teamId: { userId: input.userId, teamId: input.teamId } },
    select: { id: true, role: true, team: { select: { name: true } }, user: { select: { email: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "That person is not in this team.");
  if (membership.role === input.role) return;
  await db.membership.update({ where: { id: membership.id }, data: { role: input.role } });
  await recordAudit({
    action: "team.role_changed",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "Team",
    targetId: input.teamId,
    details: { team: membership.team.name, userId: input.userId, email: membership.user.email, from: membership.role, to: input.role },
  });
}
