// Keeps the query cache in step with live job events: one job fetch per change (coalesced),
// patched into its detail and every cached list; lists that may gain it refresh their first
// page only. Never a full reload.
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { isTerminal } from "@/lib/domain/job-status";
import type { JobDetailDTO, JobPageDTO } from "@/lib/dto/jobs";
import { FetchError, fetchJson } from "./fetch-json";
import { fetchJobDetail, jobKeys, jobsSearchParams, type JobListQuery } from "./jobs";
import { isNewer, loadedRange, mergeFirstPage, patchJob, removeJob, type JobPages } from "./job-list-cache";

export interface JobSync {
  /** A job changed (or was just created): bring every cached view of it up to date. */
  jobChanged(jobId: string): void;
  /** Refetch every job view (after the live stream was lost and could not resume). */
  resyncAll(): void;
}

export function createJobSync(client: QueryClient): JobSync {
  const running = new Set<string>();
  const again = new Set<string>();
  const firstPageRuns = new Map<string, { key: QueryKey; pending: boolean }>();

  function lists() {
    return client.getQueriesData<JobPages>({ queryKey: jobKeys.lists() });
  }

  async function refreshFirstPage(key: QueryKey) {
    const id = JSON.stringify(key);
    const run = firstPageRuns.get(id);
    if (run) {
      run.pending = true;
      return;
    }
    firstPageRuns.set(id, { key, pending: false });
    try {
      do {
        firstPageRuns.get(id)!.pending = false;
        const filters = key[2] as JobListQuery;
        const fresh = await fetchJson<JobPageDTO>(`/api/jobs?${jobsSearchParams(filters)}`).catch(() => null);
        if (fresh) client.setQueryData<JobPages>(key, (data) => (data ? mergeFirstPage(data, fresh) : data));
      } while (firstPageRuns.get(id)!.pending);
    } finally {
      firstPageRuns.delete(id);
    }
  }

  function applyToLists(job: JobDetailDTO) {
    for (const [key, data] of lists()) {
      if (!data) continue;
      const filters = key[2] as JobListQuery;
      const patched = patchJob(data, job, filters);
      if (patched.found) {
        client.setQueryData(key, patched.data);
        continue;
      }
      // A list nobody shows right now just goes stale; it refetches when it is shown again.
      if (!client.getQueryCache().find({ queryKey: key, exact: true })?.isActive()) {
        void client.invalidateQueries({ queryKey: key, exact: true, refetchType: "none" });
        continue;
      }
      const { newest, oldest, hasMore } = loadedRange(data);
      if (!newest || isNewer(job, newest)) void refreshFirstPage(key);
      // An older job appearing (restored, favourited elsewhere) is rare: refetch that list.
      else if (isTerminal(job.status) && (!hasMore || (oldest && isNewer(job, oldest)))) void client.invalidateQueries({ queryKey: key, exact: true });
    }
  }

  async function refresh(jobId: string) {
    let job: JobDetailDTO | null = null;
    try {
      job = await fetchJobDetail(jobId);
    } catch (error) {
      if (!(error instanceof FetchError && error.status === 404)) return;
    }
    if (!job) {
      for (const [key, data] of lists()) if (data) client.setQueryData(key, removeJob(data, jobId));
      client.removeQueries({ queryKey: jobKeys.detail(jobId), exact: true });
      return;
    }
    client.setQueryData(jobKeys.detail(jobId), job);
    // The parent's page lists its children: let it pick up this one's new state.
    if (job.parentId && client.getQueryData(jobKeys.detail(job.parentId)))
      void client.invalidateQueries({ queryKey: jobKeys.detail(job.parentId), exact: true });
    applyToLists(job);
  }

  function jobChanged(jobId: string) {
    if (running.has(jobId)) {
      again.add(jobId);
      return;
    }
    running.add(jobId);
    void (async () => {
      try {
        do {
          again.delete(jobId);
          await refresh(jobId);
        } while (again.has(jobId));
      } finally {
        running.delete(jobId);
      }
    })();
  }

  return {
    jobChanged,
    resyncAll: () => void client.invalidateQueries({ queryKey: jobKeys.all }),
  };
}
