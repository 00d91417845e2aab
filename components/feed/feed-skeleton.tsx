/** Placeholder cards while the feed loads. */
export function FeedSkeleton({ count = 6 }: { count?: number }) {
  return (
    <div aria-hidden className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="overflow-hidden rounded-2xl border border-white/5 bg-ink-900">
          <div className="aspect-square animate-pulse bg-ink-850" />
          <div className="space-y-2 p-3.5">
            <div className="h-3.5 w-4/5 animate-pulse rounded bg-ink-800" />
            <div className="h-3 w-2/5 animate-pulse rounded bg-ink-800" />
          </div>
        </div>
      ))}
    </div>
  );
}
