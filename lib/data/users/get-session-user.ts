import "server-only";
import { db } from "@/lib/db";
import { toStudioRole, type StudioRole } from "@/lib/domain/roles";

export interface TeamSummary {
  id: string;
  name: string;
  role: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: StudioRole;
  teamId: string;
  teams: TeamSummary[];
}

/**
 * The signed-in user as the database sees them now. Returns null when the account was
 * disabled or its session version moved on (role change, disable), so a revoked session
 * stops working at its next request even though its cookie is still valid. Requests also
 * check their server-side session: see getSignedInUser.
 */
export async function getSessionUserById(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  return (await readSessionUser(userId, sessionVersion))?.user ?? null;
}

/** getSessionUserById, plus whether the person must still replace a generated password. */
export async function readSessionUser(userId: string, sessionVersion: number): Promise<{ user: SessionUser; mustChangePassword: boolean } | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { team: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  const teams = user.memberships.map((m) => ({ id: m.teamId, name: m.team.name, role: m.role }));
  if (teams.length === 0) return null;
  const teamId = teams.some((t) => t.id === user.activeTeamId) ? user.activeTeamId! : teams[0].id;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: toStudioRole(user.role), teamId, teams },
    mustChangePassword: user.mustChangePassword,
  };
}
