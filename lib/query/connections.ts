import { queryOptions } from "@tanstack/react-query";
import type { ConnectionCapabilities } from "@/lib/domain/connection-capabilities";
import { fetchJson } from "./fetch-json";

export interface ConnectionOption {
  id: string;
  name: string;
  protocol: string;
  isDefault: boolean;
  capabilities: ConnectionCapabilities;
}

/** The vendor connections the user's team may use. */
export function connectionsQueryOptions() {
  return queryOptions({
    queryKey: ["connections"] as const,
    queryFn: ({ signal }) => fetchJson<ConnectionOption[]>("/api/connections", { signal }),
    staleTime: 5 * 60_000,
  });
}
