import "server-only";
import { db } from "@/lib/db";
import { hashInviteToken } from "./invite-token";

export type InviteLookup =
  { state: "valid"; email: string | null; teamName: string; role: string; expiresAt: string } | { state: "used" | "expired" | "unknown" };

/** What the invite page may show about a link: enough to join, nothing about anyone else. */
export async function getInviteForToken(token: string, now = new Date()): Promise<InviteLookup> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return { state: "unknown" };
  const invite = await db.invite.findUnique({ where: { tokenHash: hashInviteToken(token) } });
  if (!invite) return { state: "unknown" };
  if (invite.usedAt) return { state: "used" };
  if (invite.expiresAt <= now) return { state: "expired" };
  const team = invite.teamId ? await db.team.findUnique({ where: { id: invite.teamId }, select: { name: true } }) : null;
  if (!team) return { state: "unknown" };
  return { state: "valid", email: invite.email, teamName: team.name, role: invite.role, expiresAt: invite.expiresAt.toISOString() };
}
