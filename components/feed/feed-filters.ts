import type { JobListQuery } from "@/lib/query/jobs";

export type FeedScope = "mine" | "team";

/** The feed's list query (shared by the page's server prefetch and the browser). */
export function feedFilters(scope: FeedScope): JobListQuery {
  return { scope, limit: 18 };
}
