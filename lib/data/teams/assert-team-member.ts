import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Every write that spends or changes something in a team checks membership here, in the
 * database, at the moment of the write: someone an admin took out of the team a second ago
 * must not queue one more job on the team's connection, whatever user object is in hand.
 */
export async function assertTeamMember(userId: string, teamId: string): Promise<void> {
  const membership = await db.membership.findUnique({ where: { userId_teamId: { userId, teamId } }, select: { id: true } });
  if (!membership) throw new AppError("FORBIDDEN", "You are not a member of the team this belongs to any more.");
}
