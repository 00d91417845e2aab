// Which vendor connection a Shorten, Face swap or Edit page sends its job to: only connections
// that can do it, the one the person chose, else the first (the list comes default first, as
// the composer picks). When the team's default cannot do it the page says where the job goes.
import type { ConnectionCapabilities } from "@/lib/domain/connection-capabilities";
import type { ConnectionOption } from "@/lib/query/connections";

export type Capability = keyof ConnectionCapabilities;

export interface CapableConnections {
  capable: ConnectionOption[];
  /** Where the job goes; undefined when no connection can do it. */
  connection: ConnectionOption | undefined;
  /** The team's default connection cannot do it (the job goes elsewhere). */
  defaultLacks: boolean;
}

export function capableConnections(connections: ConnectionOption[], capability: Capability, chosenId = ""): CapableConnections {
  const capable = connections.filter((c) => c.capabilities?.[capability] === true);
  const connection = capable.find((c) => c.id === chosenId) ?? capable[0];
  const fallback = connections.find((c) => c.isDefault) ?? connections[0];
  return { capable, connection, defaultLacks: Boolean(fallback && !fallback.capabilities?.[capability]) };
}
