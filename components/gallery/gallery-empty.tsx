import Link from "next/link";
import type { GalleryView } from "./gallery-filters";

/** What an empty gallery says, depending on the view and whether anything narrows it. */
export function GalleryEmpty({ view, filtered, onClear }: { view: GalleryView; filtered: boolean; onClear: () => void }) {
  const [title, text] = filtered
    ? ["Nothing matches", "No image matches this search and these filters."]
    : view === "favorites"
      ? ["No favourites yet", "Press the heart on an image to keep it here."]
      : view === "trash"
        ? ["The trash is empty", "Images moved to the trash wait here until they are restored."]
        : ["The gallery is empty", "Images you and your team make appear here as they are made."];
  return (
    <div className="grid place-items-center rounded-2xl border border-dashed border-white/10 px-6 py-20 text-center">
      <p className="text-base font-medium">{title}</p>
      <p className="mt-1 max-w-sm text-sm text-neutral-400">{text}</p>
      {filtered ? (
        <button type="button" onClick={onClear} className="mt-5 rounded-lg border border-white/10 px-4 py-2 text-sm hover:bg-white/5">
          Clear search and filters
        </button>
      ) : (
        view === "all" && (
          <Link href="/" className="mt-5 rounded-lg bg-accent-strong px-4 py-2 text-sm font-medium text-white hover:bg-accent">
            Create an image
          </Link>
        )
      )}
    </div>
  );
}
