"use client";

import { SegmentedTabs } from "@/components/ui/segmented-tabs";
import type { GalleryView } from "./gallery-filters";

const VIEWS = [
  { value: "all", label: "All" },
  { value: "favorites", label: "Favourites" },
  { value: "trash", label: "Trash" },
] as const;

/** All images, your favourites, or the trash. */
export function GalleryViewTabs({ view, onChange }: { view: GalleryView; onChange: (view: GalleryView) => void }) {
  return <SegmentedTabs label="Gallery view" value={view} options={VIEWS} onChange={onChange} />;
}
