"use client";

import type { JobSummaryDTO } from "@/lib/dto/jobs";
import { GalleryTile } from "./gallery-tile";
import { useGridWindow } from "./use-grid-window";

const MIN_CELL = 180;
const GAP = 8;

interface Props {
  jobs: JobSummaryDTO[];
  onOpen: (job: JobSummaryDTO) => void;
  onFavorite: (job: JobSummaryDTO) => void;
  onTrash: (job: JobSummaryDTO) => void;
  onRestore: (job: JobSummaryDTO) => void;
}

/** The gallery's square grid, windowed by rows so the DOM stays small at any length. */
export function GalleryGrid({ jobs, onOpen, onFavorite, onTrash, onRestore }: Props) {
  const { ref, win } = useGridWindow(jobs.length, MIN_CELL, GAP);
  const start = win?.start ?? 0;
  const end = win?.end ?? jobs.length;
  return (
    <ul
      ref={ref}
      aria-label="Images"
      className="grid grid-cols-[repeat(auto-fill,minmax(min(180px,40vw),1fr))] gap-2"
      style={{ paddingTop: win?.padTop ?? 0, paddingBottom: win?.padBottom ?? 0 }}
    >
      {jobs.slice(start, end).map((job, i) => (
        <GalleryTile
          key={job.id}
          job={job}
          position={start + i + 1}
          total={jobs.length}
          onOpen={() => onOpen(job)}
          onFavorite={() => onFavorite(job)}
          onTrash={() => onTrash(job)}
          onRestore={() => onRestore(job)}
        />
      ))}
    </ul>
  );
}
