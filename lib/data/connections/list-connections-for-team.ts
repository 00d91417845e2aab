import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users/get-session-user";

export interface ConnectionOptionDTO {
  id: string;
  name: string;
  protocol: string;
  isDefault: boolean;
}

/**
 * The vendor connections the user's active team may send new jobs to (active, and open to
 * every team or to this one). Names and protocols only: never a key or an address.
 */
export async function listConnectionsForTeam(user: Pick<SessionUser, "teamId">): Promise<ConnectionOptionDTO[]> {
  return db.vendorConnection.findMany({
    where: { status: "ACTIVE", OR: [{ teams: { none: {} } }, { teams: { some: { teamId: user.teamId } } }] },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    select: { id: true, name: true, protocol: true, isDefault: true },
  });
}
