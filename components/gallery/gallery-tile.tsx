"use client";

import Link from "next/link";
import type { JobSummaryDTO } from "@/lib/dto/jobs";
import { Icon } from "@/components/ui/icon";
import { CoverThumb } from "@/components/jobs/cover-thumb";
import { coverImage, jobTitle, promptText } from "@/components/jobs/job-label";
import { JobPlaceholder } from "@/components/jobs/job-placeholder";
import { HoverVideo } from "@/components/video/hover-video";
import { cn } from "@/components/ui/styles";

interface Props {
  job: JobSummaryDTO;
  position: number;
  total: number;
  onOpen: () => void;
  onFavorite: () => void;
  onTrash: () => void;
  onRestore: () => void;
}

const round = "grid size-8 place-items-center rounded-full bg-black/60 text-white backdrop-blur transition-colors hover:bg-black/80";

/** One job in the gallery: its thumbnail (opens the viewer) with favourite, download and trash on hover/focus. */
export function GalleryTile({ job, position, total, onOpen, onFavorite, onTrash, onRestore }: Props) {
  const cover = job.status === "SUCCEEDED" && !job.deleted ? coverImage(job.images) : undefined;
  const text = promptText(job.prompt);
  return (
    <li aria-posinset={position} aria-setsize={total} className="group relative aspect-square overflow-hidden rounded-lg bg-ink-850">
      {job.deleted ? (
        <Link
          href={`/jobs/${job.id}`}
          aria-label={`Open ${jobTitle(job)}: ${text}`}
          className="flex size-full flex-col justify-between border border-dashed border-white/10 p-3 text-left"
        >
          <span className="line-clamp-5 text-sm leading-5 text-neutral-300">{text}</span>
          <span className="truncate text-[11px] text-neutral-500">
            {jobTitle(job)} · {job.user.name}
          </span>
        </Link>
      ) : cover ? (
        <button type="button" onClick={onOpen} aria-label={`View ${text}`} className="block size-full">
          <CoverThumb cover={cover} alt={text} sizes="256px" className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]" />
          {cover.kind === "VIDEO" && <HoverVideo src={cover.fullUrl} />}
        </button>
      ) : (
        <Link href={`/jobs/${job.id}`} aria-label={`Open ${jobTitle(job)}: ${text}`} className="relative block size-full">
          <JobPlaceholder job={job} />
        </Link>
      )}
      <div
        hidden={job.deleted}
        className={cn(
          "pointer-events-none absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/85 via-black/40",
          "to-transparent p-2.5 pt-8 opacity-0 transition-opacity group-focus-within:opacity-100",
          "group-hover:opacity-100",
        )}
      >
        <p className="line-clamp-2 text-xs leading-4 text-white">{text}</p>
        <p className="mt-0.5 truncate text-[11px] text-neutral-300">
          {jobTitle(job)} · {job.user.name}
        </p>
      </div>
      <div
        className={cn(
          "absolute right-2 top-2 flex gap-1.5",
          job.deleted ? "" : "opacity-0",
          "transition-opacity group-focus-within:opacity-100 group-hover:opacity-100",
          "[@media(hover:none)]:opacity-100",
        )}
      >
        {job.deleted ? (
          job.canManage && (
            <button type="button" onClick={onRestore} className={round} aria-label="Restore" title="Restore">
              <Icon name="restore" />
            </button>
          )
        ) : (
          <>
            <button
              type="button"
              onClick={onFavorite}
              aria-pressed={job.favorite}
              className={`${round} ${job.favorite ? "text-rose-400" : ""}`}
              aria-label="Favourite"
              title="Favourite"
            >
              <Icon name="heart" filled={job.favorite} />
            </button>
            {cover && (
              <a href={cover.downloadUrl} download className={round} aria-label="Download" title="Download">
                <Icon name="download" />
              </a>
            )}
            {cover && job.kind !== "VIDEO" && (
              <Link href={`/?sref=${encodeURIComponent(cover.id)}`} className={round} aria-label="Use as style reference" title="Use as style reference">
                <Icon name="spark" />
              </Link>
            )}
            {job.canManage && (
              <button type="button" onClick={onTrash} className={`${round} hover:text-red-300`} aria-label="Move to trash" title="Move to trash">
                <Icon name="trash" />
              </button>
            )}
          </>
        )}
      </div>
      {job.favorite && !job.deleted && (
        <span aria-hidden className="absolute left-2 top-2 text-rose-400 transition-opacity group-focus-within:opacity-0 group-hover:opacity-0">
          <Icon name="heart" filled className="size-4 drop-shadow" />
        </span>
      )}
    </li>
  );
}
