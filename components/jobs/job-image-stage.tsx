"use client";

import Image from "next/image";
import type { JobDetailDTO, JobImageDTO } from "@/lib/dto/jobs";
import { Icon } from "@/components/ui/icon";
import { VideoStage } from "@/components/video/video-stage";
import { aspectOf, coverImage, gridTiles, isActive, promptText, videoClips } from "./job-label";
import { JobPlaceholder } from "./job-placeholder";
import { cn } from "@/components/ui/styles";

interface Props {
  job: JobDetailDTO;
  selected: number | null;
  onSelect: (tile: number | null) => void;
  onOpen: (image: JobImageDTO) => void;
}

const frame = "mx-auto w-[min(100%,calc(var(--stage-h)*var(--ratio)))] [--stage-h:min(78dvh,56rem)]";

/** The job's image at its natural aspect ratio: a selectable 2×2 grid, or a single image to open full screen. */
export function JobImageStage({ job, selected, onSelect, onOpen }: Props) {
  const tiles = gridTiles(job.images);
  const cover = coverImage(job.images);
  const alt = promptText(job.prompt);
  const ratio = aspectOf(job);

  if (job.status !== "SUCCEEDED" || !cover || job.deleted) {
    return (
      <div className={frame} style={{ "--ratio": ratio } as React.CSSProperties}>
        <div className="relative overflow-hidden rounded-2xl border border-white/5" style={{ aspectRatio: ratio }}>
          <JobPlaceholder job={job} />
          {job.deleted && <p className="absolute inset-x-0 bottom-6 text-center text-sm text-neutral-400">In the trash: restore it to see its images again.</p>}
          {!job.deleted && !isActive(job.status) && (job.kind === "DESCRIBE" || job.kind === "SHORTEN") && (
            <p className="absolute inset-x-0 bottom-6 text-center text-sm text-neutral-400">
              {job.kind === "DESCRIBE" ? "Describe" : "Shorten"} makes text: its prompts are listed beside.
            </p>
          )}
        </div>
      </div>
    );
  }

  const clips = videoClips(job.images);
  if (clips.length > 0) return <VideoStage clips={clips} clip={selected ?? 1} onClip={onSelect} label={alt || "Video"} />;

  if (tiles.length === 4 && cover.kind === "GRID") {
    const tileRatio = tiles[0].width / tiles[0].height;
    return (
      <div className={frame} style={{ "--ratio": tileRatio } as React.CSSProperties}>
        <div role="group" aria-label="Grid images: pick one" className="grid grid-cols-2 gap-1.5">
          {tiles.map((tile) => {
            const on = selected === tile.index;
            return (
              <div key={tile.id} className="group relative">
                <button
                  type="button"
                  aria-pressed={on}
                  aria-label={`Image ${tile.index}`}
                  onClick={() => (on ? onOpen(tile) : onSelect(tile.index))}
                  title={on ? "Click again to view full screen" : undefined}
                  className={cn(
                    "block w-full overflow-hidden rounded-xl outline-offset-2 transition",
                    on ? "ring-2 ring-accent ring-offset-2 ring-offset-ink-950" : selected ? "opacity-60 hover:opacity-100" : "",
                  )}
                >
                  <Image src={tile.fullUrl} alt={`${alt} (image ${tile.index})`} width={tile.width} height={tile.height} priority className="h-auto w-full" />
                </button>
                <button
                  type="button"
                  onClick={() => onOpen(tile)}
                  aria-label={`View image ${tile.index} full screen`}
                  className={cn(
                    "absolute right-2 top-2 grid size-8 place-items-center rounded-full bg-black/60 text-white opacity-0",
                    "transition-opacity group-hover:opacity-100 focus-visible:opacity-100",
                  )}
                >
                  <Icon name="expand" className="size-4" />
                </button>
              </div>
            );
          })}
        </div>
      </div>
    );
  }

  return (
    <div className={frame} style={{ "--ratio": cover.width / cover.height } as React.CSSProperties}>
      <button type="button" onClick={() => onOpen(cover)} aria-label="View full screen" className="block w-full cursor-zoom-in overflow-hidden rounded-2xl">
        <Image src={cover.fullUrl} alt={alt} width={cover.width} height={cover.height} priority className="h-auto w-full" data-testid="job-image" />
      </button>
    </div>
  );
}
