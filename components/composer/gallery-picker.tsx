"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { CoverThumb } from "@/components/jobs/cover-thumb";
import { coverImage, promptText } from "@/components/jobs/job-label";
import { cn } from "@/components/ui/styles";
import { jobsQueryOptions } from "@/lib/query/jobs";

// The team's latest finished images (what the gallery shows first): enough to pick a reference
// from; the gallery's own "Use as style reference" reaches the rest.
const RECENT = { scope: "team", status: "succeeded", limit: 24 } as const;

/** "From gallery": a small grid of recent images; picking one puts its id in the slot. */
export function GalleryPicker({ label, disabled, onPick }: { label: string; disabled: boolean; onPick: (imageId: string) => void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { data, isPending, isError } = useInfiniteQuery({ ...jobsQueryOptions(RECENT), enabled: open });
  const covers = (data?.pages[0]?.items ?? []).flatMap((job) => {
    const cover = job.kind !== "VIDEO" && !job.deleted ? coverImage(job.images) : undefined;
    return cover ? [{ job, cover }] : [];
  });
  return (
    <div className="w-full">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        className="text-xs text-neutral-400 hover:text-white disabled:opacity-50"
      >
        {open ? "Close gallery" : "From gallery"}
      </button>
      <div id={id} hidden={!open} className="mt-2">
        {open && isPending && <p className="text-xs text-neutral-500">Loading…</p>}
        {open && isError && <p className="text-xs text-red-300">The gallery could not be loaded.</p>}
        {open && !isPending && covers.length === 0 && !isError && <p className="text-xs text-neutral-500">No finished images yet.</p>}
        <ul aria-label={`Pick a ${label.toLowerCase()} from the gallery`} className="grid grid-cols-6 gap-1.5">
          {covers.map(({ job, cover }) => (
            <li key={cover.id}>
              <button
                type="button"
                onClick={() => {
                  onPick(cover.id);
                  setOpen(false);
                }}
                aria-label={`Use as ${label.toLowerCase()}: ${promptText(job.prompt)}`}
                className={cn(
                  "block aspect-square w-full overflow-hidden rounded-md border border-white/10",
                  "hover:border-accent focus-visible:outline-2 focus-visible:outline-accent",
                )}
              >
                <CoverThumb cover={cover} alt="" sizes="64px" className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
