// Applies a change this tab made to a job (favourite, trash, restore) to every cached view at
// once, before the server's live event confirms it.
import type { QueryClient } from "@tanstack/react-query";
import type { JobDetailDTO, JobSummaryDTO } from "@/lib/dto/jobs";
import { jobKeys, type JobListQuery } from "./jobs";
import { findJob, patchJob, type JobPages } from "./job-list-cache";

export function applyJobChange(client: QueryClient, jobId: string, change: Partial<JobSummaryDTO>): void {
  client.setQueryData<JobDetailDTO>(jobKeys.detail(jobId), (detail) => (detail ? { ...detail, ...change } : detail));
  for (const [key, data] of client.getQueriesData<JobPages>({ queryKey: jobKeys.lists() })) {
    if (!data) continue;
    const filters = key[2] as JobListQuery;
    const current = findJob(data, jobId);
    if (current) {
      client.setQueryData(key, patchJob(data, { ...current, ...change }, filters).data);
    } else if ((change.favorite && filters.favorites) || (change.deleted !== undefined && Boolean(filters.trash) === change.deleted)) {
      // The job may belong to a list that does not hold it yet (favourites, trash, or back from the trash).
      void client.invalidateQueries({ queryKey: key, exact: true });
    }
  }
}
