import "server-only";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Sets which teams may use a connection (none = every team); returns the team names for the audit row. */
export async function replaceConnectionTeams(tx: Prisma.TransactionClient | typeof db, connectionId: string, teamIds: string[]): Promise<string[]> {
  const unique = [...new Set(teamIds)];
  const teams = unique.length ? await tx.team.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } }) : [];
  if (teams.length !== unique.length) throw new AppError("BAD_REQUEST", "One of the chosen teams no longer exists. Reload the page and try again.");
  await tx.vendorConnectionTeam.deleteMany({ where: { connectionId } });
  if (teams.length) await tx.vendorConnectionTeam.createMany({ data: teams.map((t) => ({ connectionId, teamId: t.id })) });
  return teams.map((t) => t.name).sort();
}
