"use client";

import { useEffect, useRef } from "react";

/** Calls onVisible when scrolled near (infinite scroll); also a button for keyboards and slow observers. */
export function LoadMore({ onVisible, loading, hasMore, label = "Load more" }: { onVisible: () => void; loading: boolean; hasMore: boolean; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef(onVisible);
  useEffect(() => {
    latest.current = onVisible;
  });
  useEffect(() => {
    const node = ref.current;
    // A fresh observer reports the current state at once, so a still-visible sentinel loads the next page too.
    if (!node || !hasMore || loading) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), { rootMargin: "800px 0px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loading]);
  if (!hasMore) return null;
  return (
    <div ref={ref} className="flex justify-center py-6">
      <button
        type="button"
        onClick={onVisible}
        disabled={loading}
        className="rounded-lg px-4 py-2 text-sm text-neutral-400 hover:bg-white/5 hover:text-white disabled:opacity-60"
      >
        {loading ? "Loading…" : label}
      </button>
    </div>
  );
}
