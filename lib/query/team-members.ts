import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

export interface TeamMember {
  id: string;
  name: string;
}

/** The members of the user's active team. */
export function teamMembersQueryOptions() {
  return queryOptions({
    queryKey: ["team", "members"] as const,
    queryFn: ({ signal }) => fetchJson<TeamMember[]>("/api/team/members", { signal }),
    staleTime: 5 * 60_000,
  });
}
