import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";

/**
 * Takes a person out of a team (admins). Everyone stays in at least one team: a person with
 * none could not sign in. Their jobs stay with the team.
 */
export async function removeTeamMember(actor: AdminActor, input: { teamId: string; userId: string }): Promise<void> {
  assertAdmin(actor);
  const membership = await db.membership.findUnique({
    where: { userId_teamId: { userId: input.userId, teamId: input.teamId } },
    select: { id: true, role: true, team: { select: { name: true } }, user: { select: { email: true, activeTeamId: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "That person is not in this team.");
  await db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membership.id } });
    if ((await tx.membership.count({ where: { userId: input.userId } })) === 0) {
      throw new AppError("CONFLICT", `${membership.user.email} is in no other team. Add them to another team first: everyone needs one.`);
    }
    if (membership.user.activeTeamId === input.teamId) await tx.user.update({ where: { id: input.userId }, data: { activeTeamId: null } });
  });
  await recordAudit({
    action: "team.member_removed",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "Team",
    targetId: input.teamId,
    details: { team: membership.team.name, userId: input.userId, email: membership.user.email, role: membership.role },
  });
}
