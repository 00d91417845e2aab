"use client";

import type { GalleryView } from "./gallery-filters";

const VIEWS: { view: GalleryView; label: string }[] = [
  { view: "all", label: "All" },
  { view: "favorites", label: "Favourites" },
  { view: "trash", label: "Trash" },
];

/** All images, your favourites, or the trash. */
export function GalleryViewTabs({ view, onChange }: { view: GalleryView; onChange: (view: GalleryView) => void }) {
  return (
    <div role="tablist" aria-label="Gallery view" className="flex rounded-lg border border-white/10 bg-ink-900 p-0.5">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          role="tab"
          aria-selected={view === v.view}
          onClick={() => onChange(v.view)}
          className={`rounded-md px-3 py-1 text-sm transition-colors ${view === v.view ? "bg-white/10 text-white" : "text-neutral-400 hover:text-white"}`}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
