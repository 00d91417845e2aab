// Server-side prefetch for pages: the same query keys the browser uses, filled by the data
// layer directly (no HTTP round trip), then dehydrated into a HydrationBoundary.
import "server-only";
import { QueryClient } from "@tanstack/react-query";
import { getJobDetail } from "@/lib/data/jobs/get-job-detail";
import { listJobs } from "@/lib/data/jobs/list-jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { jobKeys, jobsQueryOptions, type JobListQuery } from "./jobs";

export function createServerQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } });
}

/** The first page of a job list; a failure leaves the browser to fetch (and show the error). */
export async function prefetchJobList(client: QueryClient, user: SessionUser, filters: JobListQuery): Promise<void> {
  await client.prefetchInfiniteQuery({ ...jobsQueryOptions(filters), queryFn: () => listJobs(user, filters) });
}

/** One job's detail; resolves to null when the viewer may not see it (or it does not exist). */
export async function prefetchJobDetail(client: QueryClient, user: SessionUser, id: string) {
  try {
    const detail = await getJobDetail(user, id);
    client.setQueryData(jobKeys.detail(id), detail);
    return detail;
  } catch {
    return null;
  }
}
