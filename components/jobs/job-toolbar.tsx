"use client";

import Link from "next/link";
import type { JobDetailDTO, JobImageDTO } from "@/lib/dto/jobs";
import { Icon } from "@/components/ui/icon";
import { CopyButton } from "./copy-button";
import { useJobMutations } from "./use-job-mutations";
import { cn } from "@/components/ui/styles";

const chip = cn(
  "inline-flex h-9 items-center gap-2 rounded-lg border border-white/10 bg-ink-850 px-3 text-sm",
  "text-neutral-200 transition-colors hover:border-white/25 hover:text-white disabled:opacity-50",
);

/** The Create page with this job's prompt and the gallery references the viewer may see (uploads are not kept for reuse). */
function reuseHref(job: JobDetailDTO): string {
  const query = new URLSearchParams({ prompt: job.prompt });
  for (const ref of job.references ?? []) if (ref.imageId) query.append(ref.slot, ref.imageId);
  return `/?${query.toString()}`;
}

/** Copy prompt, Reuse settings, Download, Use as style reference, Favourite, and Trash/Restore for its creator or an admin. */
export function JobToolbar({ job, download }: { job: JobDetailDTO; download?: JobImageDTO }) {
  const { setFavorite, trash, restore, pending, error } = useJobMutations();
  const reusable = job.kind === "IMAGINE" || job.kind === "ACTION" || job.kind === "INPAINT";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <CopyButton text={job.prompt} label="Copy prompt" className={chip} />
        {reusable && (
          <Link href={reuseHref(job)} className={chip}>
            <Icon name="restore" />
            Reuse settings
          </Link>
        )}
        {download && (
          <a href={download.downloadUrl} download className={chip}>
            <Icon name="download" />
            {download.kind === "VIDEO" ? "Download MP4" : "Download"}
          </a>
        )}
        {download && job.kind !== "VIDEO" && (
          // The Create page opens with this image in its style-reference slot (?sref=<imageId>).
          <Link href={`/?sref=${encodeURIComponent(download.id)}`} className={chip}>
            <Icon name="spark" />
            Use as style reference
          </Link>
        )}
        {download && download.kind !== "GRID" && job.kind !== "VIDEO" && (
          // Midjourney's editor on this image (Edit a part of it, or Retexture it): /edit?image=<imageId>.
          <Link href={`/edit?image=${encodeURIComponent(download.id)}`} className={chip}>
            <Icon name="sliders" />
            Edit image
          </Link>
        )}
        <button
          type="button"
          aria-pressed={job.favorite}
          onClick={() => void setFavorite(job.id, !job.favorite)}
          className={`${chip} ${job.favorite ? "text-rose-300" : ""}`}
        >
          <Icon name="heart" filled={job.favorite} />
          Favourite
        </button>
        {job.canManage &&
          (job.deleted ? (
            <button type="button" disabled={pending !== null} onClick={() => void restore(job.id)} className={chip}>
              <Icon name="restore" />
              Restore
            </button>
          ) : (
            <button type="button" disabled={pending !== null} onClick={() => void trash(job.id)} className={`${chip} hover:text-red-300`}>
              <Icon name="trash" />
              Move to trash
            </button>
          ))}
      </div>
      {job.deleted && <p className="text-sm text-amber-300">This job is in the trash. Only its creator and admins see it there.</p>}
      {error && (
        <p role="alert" className="text-sm text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
