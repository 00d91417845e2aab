"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { jobsQueryOptions } from "@/lib/query/jobs";
import { Icon } from "@/components/ui/icon";
import { LoadMore } from "@/components/ui/load-more";
import { LiveBadge } from "@/components/live/live-badge";
import { Lightbox, type LightboxItem } from "@/components/lightbox/lightbox";
import { coverImage, jobTitle, promptText } from "@/components/jobs/job-label";
import { useJobMutations } from "@/components/jobs/use-job-mutations";
import { GalleryEmpty } from "./gallery-empty";
import { GalleryFilterBar } from "./gallery-filter-bar";
import { galleryQuery, galleryView, readGalleryParams, toSearch, type GalleryParams, type GalleryView as View } from "./gallery-filters";
import { GalleryGrid } from "./gallery-grid";
import { GallerySkeleton } from "./gallery-skeleton";
import { GalleryViewTabs } from "./gallery-view-tabs";
import { QueryError } from "@/components/ui/query-error";

/** The team's gallery: search, filters, favourites, trash, infinite scroll and a viewer. */
export function GalleryView() {
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  const params = useMemo(() => readGalleryParams(new URLSearchParams(search)), [search]);
  const view = galleryView(params);
  const query = useInfiniteQuery(jobsQueryOptions(galleryQuery(params)));
  const jobs = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const viewable = useMemo(() => jobs.filter((job) => job.status === "SUCCEEDED" && !job.deleted && coverImage(job.images)), [jobs]);
  const [viewingId, setViewingId] = useState<string | null>(null);
  const index = viewingId ? viewable.findIndex((job) => job.id === viewingId) : -1;
  const { setFavorite, trash, restore, error } = useJobMutations();
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  const setParams = useCallback((next: GalleryParams) => window.history.replaceState(null, "", `/gallery${toSearch(next)}`), []);
  const filtered = Boolean(params.q || params.member || params.kind || params.status || params.ar || params.connection || params.from || params.to);

  useEffect(() => {
    if (index >= 0 && index >= viewable.length - 3 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [index, viewable.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const items: LightboxItem[] = useMemo(
    () =>
      viewable.map((job) => {
        const cover = coverImage(job.images)!;
        return {
          ...cover,
          id: job.id,
          alt: promptText(job.prompt),
          caption: `${jobTitle(job)} · ${job.user.name}`,
          video: cover.video ? { posterUrl: cover.video.posterUrl } : undefined,
        };
      }),
    [viewable],
  );
  const current = index >= 0 ? viewable[index] : undefined;

  return (
    <div className="mx-auto max-w-[100rem] px-4 py-6 md:px-8 md:py-8">
      <header className="mb-5 flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-4">
          <h1 className="text-2xl font-semibold tracking-tight">Gallery</h1>
          <LiveBadge />
        </div>
        <GalleryViewTabs view={view} onChange={(next: View) => setParams({ ...params, view: next === "all" ? undefined : next })} />
      </header>
      <GalleryFilterBar params={params} onChange={setParams} />
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-300">
          {error}
        </p>
      )}
      <div className="mt-5">
        {query.isPending ? (
          <GallerySkeleton />
        ) : query.isError ? (
          <QueryError message={query.error.message} onRetry={() => void query.refetch()} />
        ) : jobs.length === 0 ? (
          <GalleryEmpty view={view} filtered={filtered} onClear={() => setParams({ view: params.view })} />
        ) : (
          <GalleryGrid
            jobs={jobs}
            onOpen={(job) => setViewingId(job.id)}
            onFavorite={(job) => void setFavorite(job.id, !job.favorite)}
            onTrash={(job) => void trash(job.id)}
            onRestore={(job) => void restore(job.id)}
          />
        )}
        <LoadMore
          hasMore={Boolean(hasNextPage)}
          loading={isFetchingNextPage}
          onVisible={() => !isFetchingNextPage && void fetchNextPage()}
          label="Load more images"
        />
      </div>
      <Lightbox
        items={items}
        index={index >= 0 ? index : null}
        onIndexChange={(i) => setViewingId(viewable[i]?.id ?? null)}
        onClose={() => setViewingId(null)}
        label="Gallery viewer"
        actions={() =>
          current && (
            <>
              <button
                type="button"
                aria-pressed={current.favorite}
                onClick={() => void setFavorite(current.id, !current.favorite)}
                className={`grid size-10 place-items-center rounded-full bg-white/10 hover:bg-white/20 ${current.favorite ? "text-rose-400" : ""}`}
                aria-label="Favourite"
                title="Favourite"
              >
                <Icon name="heart" filled={current.favorite} className="size-5" />
              </button>
              <Link
                href={`/jobs/${current.id}`}
                className="grid size-10 place-items-center rounded-full bg-white/10 hover:bg-white/20"
                aria-label="Open job"
                title="Open job"
              >
                <Icon name="external" className="size-5" />
              </Link>
              {current.kind !== "VIDEO" && coverImage(current.images) && (
                <Link
                  href={`/?sref=${encodeURIComponent(coverImage(current.images)!.id)}`}
                  className="grid size-10 place-items-center rounded-full bg-white/10 hover:bg-white/20"
                  aria-label="Use as style reference"
                  title="Use as style reference"
                >
                  <Icon name="spark" className="size-5" />
                </Link>
              )}
            </>
          )
        }
      />
    </div>
  );
}
