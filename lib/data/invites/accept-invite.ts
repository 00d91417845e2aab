import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { toStudioRole } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import type { acceptInviteSchema } from "@/lib/schemas/users";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { hashInviteToken } from "./invite-token";

const GONE = "This invite link has expired or was already used. Ask an admin for a new one.";

/**
 * Turns an invite into an account in the invite's team. The invite is claimed with one
 * conditional write inside the same transaction as the new account, so a link works once even
 * when opened twice at the same moment, and a failed sign-up leaves it unused.
 */
export async function acceptInvite(input: z.output<typeof acceptInviteSchema>, now = new Date()): Promise<{ email: string }> {
  const tokenHash = hashInviteToken(input.token);
  const invite = await db.invite.findUnique({ where: { tokenHash } });
  if (!invite || invite.usedAt || invite.expiresAt <= now || !invite.teamId) throw new AppError("NOT_FOUND", GONE);
  const email = (invite.email ?? input.email ?? "").trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError("BAD_REQUEST", "Enter a valid e-mail address.");
  const passwordHash = await hashPassword(input.password);
  const teamId = invite.teamId;
  const user = await db.$transaction(async (tx) => {
    const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count === 0) throw new AppError("NOT_FOUND", GONE);
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `${email} already has an account. Sign in instead, or ask an admin to add you to the team.`);
    }
    if (!(await tx.team.findUnique({ where: { id: teamId }, select: { id: true } }))) throw new AppError("NOT_FOUND", GONE);
    return tx.user.create({
      data: {
        email,
        name: input.name,
        passwordHash,
        role: toStudioRole(invite.role),
        activeTeamId: teamId,
        memberships: { create: { teamId, role: "MEMBER" } },
      },
      select: { id: true, email: true },
    });
  });
  await recordAudit({
    action: "invite.accepted",
    actorId: user.id,
    actorEmail: user.email,
    targetType: "Invite",
    targetId: invite.id,
    details: { role: invite.role, teamId },
  });
  return { email: user.email };
}
