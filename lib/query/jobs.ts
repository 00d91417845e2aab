// Query options for jobs, shared by client components and server prefetch (which swaps the
// queryFn for a direct data-layer call). List keys hold normalized filters, so the server and
// the browser build the same key for the same view.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { JobDetailDTO, JobListFilters, JobPageDTO } from "@/lib/dto/jobs";
import { fetchJson } from "./fetch-json";

export type JobListQuery = Omit<JobListFilters, "cursor">;

const FILTER_KEYS = ["scope", "q", "member", "kind", "status", "ar", "connection", "from", "to", "favorites", "trash", "limit"] as const;

/** Drops empty values and fixes the key order. */
export function normalizeJobFilters(filters: JobListQuery): JobListQuery {
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === "" || value === false || value === null) continue;
    out[key] = typeof value === "string" ? value.trim() : value;
    if (out[key] === "") delete out[key];
  }
  return out as JobListQuery;
}

export function jobsSearchParams(filters: JobListQuery, cursor?: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(normalizeJobFilters(filters))) params.set(key, value === true ? "1" : String(value));
  if (cursor) params.set("cursor", cursor);
  return params;
}

export const jobKeys = {
  all: ["jobs"] as const,
  lists: () => ["jobs", "list"] as const,
  list: (filters: JobListQuery) => ["jobs", "list", normalizeJobFilters(filters)] as const,
  detail: (id: string) => ["jobs", "detail", id] as const,
};

export function jobsQueryOptions(filters: JobListQuery) {
  return infiniteQueryOptions({
    queryKey: jobKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchJson<JobPageDTO>(`/api/jobs?${jobsSearchParams(filters, pageParam || undefined)}`, { signal }),
    initialPageParam: "",
    getNextPageParam: (last: JobPageDTO) => last.nextCursor ?? undefined,
  });
}

export function fetchJobDetail(id: string, signal?: AbortSignal): Promise<JobDetailDTO> {
  return fetchJson<JobDetailDTO>(`/api/jobs/${encodeURIComponent(id)}`, { signal });
}

export function jobQueryOptions(id: string) {
  return queryOptions({
    queryKey: jobKeys.detail(id),
    queryFn: ({ signal }) => fetchJobDetail(id, signal),
  });
}
