"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { jobsQueryOptions } from "@/lib/query/jobs";
import { LoadMore } from "@/components/ui/load-more";
import { SegmentedTabs } from "@/components/ui/segmented-tabs";
import { LiveBadge } from "@/components/live/live-badge";
import { FeedCard } from "./feed-card";
import { feedFilters, type FeedScope } from "./feed-filters";
import { FeedSkeleton } from "./feed-skeleton";
import { QueryError } from "@/components/ui/query-error";

const TABS: { value: FeedScope; label: string }[] = [
  { value: "mine", label: "Mine" },
  { value: "team", label: "Team" },
];

/** The live feed under the composer: your jobs or the whole team's, newest first. */
export function JobFeed() {
  const [scope, setScope] = useState<FeedScope>("mine");
  const query = useInfiniteQuery(jobsQueryOptions(feedFilters(scope)));
  const jobs = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="feed-title" className="mt-10">
      <div className="mb-4 flex items-center justify-between gap-4">
        <div className="flex items-center gap-4">
          <h2 id="feed-title" className="text-lg font-semibold tracking-tight">
            Feed
          </h2>
          <SegmentedTabs label="Whose jobs" value={scope} options={TABS} onChange={setScope} panelId="feed-panel" idPrefix="feed-tab" />
        </div>
        <LiveBadge />
      </div>
      <div id="feed-panel" role="tabpanel" aria-labelledby={`feed-tab-${scope}`}>
        {query.isPending ? (
          <FeedSkeleton />
        ) : query.isError ? (
          <QueryError message={query.error.message} onRetry={() => void query.refetch()} />
        ) : jobs.length === 0 ? (
          <div className="grid place-items-center rounded-2xl border border-dashed border-white/10 px-6 py-20 text-center">
            <p className="text-base font-medium">{scope === "mine" ? "No images yet" : "Nothing from your team yet"}</p>
            <p className="mt-1 max-w-sm text-sm text-neutral-400">
              {scope === "mine"
                ? "Write a prompt above and press Generate. Your images appear here as they are made."
                : "Shared images from everyone in your team appear here as they happen."}
            </p>
          </div>
        ) : (
          <div className="grid items-start gap-5 sm:grid-cols-2 xl:grid-cols-3">
            {jobs.map((job) => (
              <FeedCard key={job.id} job={job} />
            ))}
          </div>
        )}
        <LoadMore
          hasMore={Boolean(query.hasNextPage)}
          loading={query.isFetchingNextPage}
          onVisible={() => !query.isFetchingNextPage && void query.fetchNextPage()}
          label="Load older jobs"
        />
      </div>
    </section>
  );
}
