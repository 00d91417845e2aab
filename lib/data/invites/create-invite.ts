import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CreatedInviteDTO } from "@/lib/dto/admin";
import type { createInviteSchema } from "@/lib/schemas/users";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import { newInviteToken } from "./invite-token";

const DAY_MS = 24 * 60 * 60_000;

/**
 * An invite link into a team (admins): single use, expiring. Only the token's hash is stored;
 * the token is returned this once, for the admin to pass on.
 */
export async function createInvite(actor: AdminActor, input: z.output<typeof createInviteSchema>, now = new Date()): Promise<CreatedInviteDTO> {
  assertAdmin(actor);
  const team = await db.team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true } });
  if (!team) throw new AppError("NOT_FOUND", "That team no longer exists.");
  if (input.email && (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }))) {
    throw new AppError("CONFLICT", `${input.email} already has an account: add them to the team on the Teams page instead.`);
  }
  const { token, tokenHash } = newInviteToken();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const invite = await db.invite.create({
    data: { tokenHash, email: input.email ?? null, role: input.role, teamId: team.id, createdBy: actor.id, expiresAt },
    select: { id: true },
  });
  await recordAudit({
    action: "invite.created",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "Invite",
    targetId: invite.id,
    details: { email: input.email ?? null, role: input.role, team: team.name, expiresAt: expiresAt.toISOString() },
  });
  return { id: invite.id, token, expiresAt: expiresAt.toISOString() };
}
