import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertTeamMember } from "@/lib/data/teams/assert-team-member";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/**
 * The vendor connection a new job of this team goes to: the one asked for, or the default.
 * It must be active and open to the team (no team list means open to every team), and the
 * user must be in that team right now: the job is billed to it.
 */
export async function resolveConnection(user: Pick<SessionUser, "id" | "teamId">, connectionId?: string): Promise<{ id: string; protocol: string }> {
  const teamId = user.teamId;
  await assertTeamMember(user.id, teamId);
  const openToTeam = { OR: [{ teams: { none: {} } }, { teams: { some: { teamId } } }] };
  const connection = connectionId
    ? await db.vendorConnection.findFirst({ where: { id: connectionId, ...openToTeam }, select: { id: true, protocol: true, status: true } })
    : ((await db.vendorConnection.findFirst({
        where: { isDefault: true, status: "ACTIVE", ...openToTeam },
        select: { id: true, protocol: true, status: true },
      })) ??
      (await db.vendorConnection.findFirst({
        where: { status: "ACTIVE", ...openToTeam },
        orderBy: { createdAt: "asc" },
        select: { id: true, protocol: true, status: true },
      })));
  if (!connection)
    throw new AppError(
      connectionId ? "NOT_FOUND" : "CONFLICT",
      connectionId ? "That vendor connection is not available to your team." : "No vendor connection is set up yet. Ask an admin to add one.",
    );
  if (connection.status !== "ACTIVE") throw new AppError("CONFLICT", "That vendor connection is not taking new jobs. Choose another one.");
  return { id: connection.id, protocol: connection.protocol };
}
