import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";

/** Ends an unused invite now (admins): its link stops working. */
export async function revokeInvite(actor: AdminActor, inviteId: string, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const result = await db.invite.updateMany({ where: { id: inviteId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  if (result.count === 0) throw new AppError("NOT_FOUND", "That invite was already used, revoked or expired.");
  const invite = await db.invite.findUnique({ where: { id: inviteId }, select: { email: true } });
  await recordAudit({
    action: "invite.revoked",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "Invite",
    targetId: inviteId,
    details: { email: invite?.email ?? null },
  });
}
