import "server-only";
import { db } from "@/lib/db";
import type { PendingInviteDTO } from "@/lib/dto/admin";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/** Invites not yet used and not expired, newest first (admins). Never the token or its hash. */
export async function listPendingInvites(actor: Pick<SessionUser, "role">, now = new Date()): Promise<PendingInviteDTO[]> {
  assertAdmin(actor);
  const invites = await db.invite.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, email: true, role: true, teamId: true, createdBy: true, expiresAt: true, createdAt: true },
  });
  const [teams, creators] = await Promise.all([
    db.team.findMany({ where: { id: { in: invites.flatMap((i) => (i.teamId ? [i.teamId] : [])) } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: invites.map((i) => i.createdBy) } }, select: { id: true, email: true } }),
  ]);
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const creatorById = new Map(creators.map((u) => [u.id, u.email]));
  return invites.map((invite) => ({
    id: invite.id,
    email: invite.email,
    role: invite.role,
    team: (invite.teamId && teamById.get(invite.teamId)) || null,
    createdBy: creatorById.get(invite.createdBy) ?? "a former admin",
    expiresAt: invite.expiresAt.toISOString(),
    createdAt: invite.createdAt.toISOString(),
  }));
}
