import "server-only";
import { db } from "@/lib/db";
import type { ConnectionCapabilities } from "@/lib/domain/connection-capabilities";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { connectionCapabilities } from "./connection-capabilities";

export interface ConnectionOptionDTO {
  id: string;
  name: string;
  protocol: string;
  isDefault: boolean;
  capabilities: ConnectionCapabilities;
}

/**
 * The vendor connections the user's active team may send new jobs to (active, and open to
 * every team or to this one). Names, protocols and what each can do: never a key or an address.
 */
export async function listConnectionsForTeam(user: Pick<SessionUser, "teamId">): Promise<ConnectionOptionDTO[]> {
  const rows = await db.vendorConnection.findMany({
    where: { status: "ACTIVE", OR: [{ teams: { none: {} } }, { teams: { some: { teamId: user.teamId } } }] },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    select: { id: true, name: true, protocol: true, profile: true, baseUrl: true, isDefault: true },
  });
  return rows.map(({ profile, baseUrl, ...row }) => ({ ...row, capabilities: connectionCapabilities({ protocol: row.protocol, profile, baseUrl }) }));
}
