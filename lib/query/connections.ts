import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

export interface ConnectionOption {
  id: string;
  name: string;
  protocol: string;
  isDefault: boolean;
}

/** The vendor connections the user's team may use. */
export function connectionsQueryOptions() {
  return queryOptions({
    queryKey: ["connections"] as const,
    queryFn: ({ signal }) => fetchJson<ConnectionOption[]>("/api/connections", { signal }),
    staleTime: 5 * 60_000,
  });
}
