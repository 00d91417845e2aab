import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/** Switches the team the user works in (their feed, gallery and new jobs); only a team they belong to. */
export async function setActiveTeam(user: Pick<SessionUser, "id" | "teams">, teamId: string): Promise<{ id: string; name: string }> {
  const team = user.teams.find((t) => t.id === teamId);
  if (!team) throw new AppError("NOT_FOUND", "You are not a member of that team.");
  await db.user.update({ where: { id: user.id }, data: { activeTeamId: team.id } });
  return { id: team.id, name: team.name };
}
