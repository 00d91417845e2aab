import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users/get-session-user";

export interface TeamMemberDTO {
  id: string;
  name: string;
}

/** The members of the user's active team, for the gallery's member filter. No emails. */
export async function listTeamMembers(user: Pick<SessionUser, "teamId">): Promise<TeamMemberDTO[]> {
  const rows = await db.membership.findMany({
    where: { teamId: user.teamId, user: { disabled: false } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map(({ user: member }) => ({ id: member.id, name: member.name || member.email.split("@")[0] })).sort((a, b) => a.name.localeCompare(b.name));
}
