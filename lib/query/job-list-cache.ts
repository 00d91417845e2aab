// Pure edits of cached job lists (TanStack infinite pages) for live updates: replace a job
// that changed, drop it when it no longer belongs, and merge a freshly fetched first page.
import type { InfiniteData } from "@tanstack/react-query";
import { isInFlight } from "@/lib/domain/job-status";
import type { JobPageDTO, JobSummaryDTO } from "@/lib/dto/jobs";
import type { JobListQuery } from "./jobs";

export type JobPages = InfiniteData<JobPageDTO, string>;

/** Newest first: by createdAt, then id (the server's keyset order). */
export function isNewer(a: Pick<JobSummaryDTO, "createdAt" | "id">, b: Pick<JobSummaryDTO, "createdAt" | "id">): boolean {
  return a.createdAt === b.createdAt ? a.id > b.id : a.createdAt > b.createdAt;
}

/**
 * Whether a job still belongs in a list, judged on what can change during its life (status,
 * trash, favourite, the aspect ratio once images arrive). Prompt, kind, member, connection
 * and date never change, so the server already decided those.
 */
export function stillMatches(job: JobSummaryDTO, filters: JobListQuery): boolean {
  if (Boolean(filters.trash) !== job.deleted) return false;
  if (filters.favorites && !job.favorite) return false;
  if (filters.ar && job.aspectRatio !== filters.ar) return false;
  if (filters.status === "running" && !isInFlight(job.status)) return false;
  if (filters.status && filters.status !== "running" && job.status !== filters.status.toUpperCase()) return false;
  return true;
}

export function findJob(data: JobPages, id: string): JobSummaryDTO | undefined {
  for (const page of data.pages) {
    const found = page.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Replaces the job where the list has it, or drops it when it no longer matches. */
export function patchJob(data: JobPages, job: JobSummaryDTO, filters: JobListQuery): { data: JobPages; found: boolean } {
  if (!findJob(data, job.id)) return { data, found: false };
  const keep = stillMatches(job, filters);
  const pages = data.pages.map((page) =>
    page.items.some((item) => item.id === job.id)
      ? { ...page, items: keep ? page.items.map((item) => (item.id === job.id ? job : item)) : page.items.filter((item) => item.id !== job.id) }
      : page,
  );
  return { data: { ...data, pages }, found: true };
}

export function removeJob(data: JobPages, id: string): JobPages {
  if (!findJob(data, id)) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== id) })) };
}

/** Applies a change to one job in place (e.g. an optimistic favourite), keeping list membership. */
export function updateJob(data: JobPages, id: string, change: (job: JobSummaryDTO) => JobSummaryDTO): JobPages {
  if (!findJob(data, id)) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === id ? change(item) : item)) })) };
}

/**
 * Merges a freshly fetched first page: known jobs are replaced, new ones are inserted where the
 * keyset order puts them (within what is loaded), and the cursors of loaded pages stay valid.
 */
export function mergeFirstPage(data: JobPages, fresh: JobPageDTO): JobPages {
  const pages = data.pages.map((page) => ({ ...page, items: [...page.items] }));
  const hasMore = pages[pages.length - 1]?.nextCursor != null;
  for (const job of fresh.items) {
    const existing = pages.find((page) => page.items.some((item) => item.id === job.id));
    if (existing) {
      existing.items = existing.items.map((item) => (item.id === job.id ? job : item));
      continue;
    }
    const target = pages.find((page) => page.items.length > 0 && isNewer(job, page.items[page.items.length - 1]));
    if (target) {
      const at = target.items.findIndex((item) => isNewer(job, item));
      target.items.splice(at, 0, job);
    } else if (!hasMore && pages.length > 0) {
      pages[pages.length - 1].items.push(job);
    }
  }
  return { ...data, pages };
}

/** The newest and oldest job a list has loaded, and whether more pages follow. */
export function loadedRange(data: JobPages): { newest?: JobSummaryDTO; oldest?: JobSummaryDTO; hasMore: boolean } {
  const items = data.pages.flatMap((page) => page.items);
  return { newest: items[0], oldest: items[items.length - 1], hasMore: data.pages[data.pages.length - 1]?.nextCursor != null };
}
