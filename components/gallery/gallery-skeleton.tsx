/** Placeholder tiles while the gallery loads. */
export function GallerySkeleton({ count = 18 }: { count?: number }) {
  return (
    <div aria-hidden className="grid grid-cols-[repeat(auto-fill,minmax(min(180px,40vw),1fr))] gap-2">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="aspect-square animate-pulse rounded-lg bg-ink-850" style={{ animationDelay: `${(i % 6) * 80}ms` }} />
      ))}
    </div>
  );
}
