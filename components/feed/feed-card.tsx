"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { isRemixAction } from "@/lib/vendors/action-vocabulary";
import type { JobSummaryDTO } from "@/lib/dto/jobs";
import { Icon } from "@/components/ui/icon";
import { aspectOf, coverImage, isActive, jobTitle, promptText } from "@/components/jobs/job-label";
import { CoverThumb } from "@/components/jobs/cover-thumb";
import { JobPlaceholder } from "@/components/jobs/job-placeholder";
import { JobFailure, JobProgress } from "@/components/jobs/job-progress";
import { RelativeTime } from "@/components/jobs/relative-time";
import { TileActions } from "@/components/jobs/tile-actions";
import { useJobAction } from "@/components/jobs/use-job-action";
import { useRemixPreference } from "@/components/jobs/use-remix-preference";

/** One job in the live feed: its image (or progress, or why it failed) and its grid buttons. */
export function FeedCard({ job }: { job: JobSummaryDTO }) {
  const { run, pending, error } = useJobAction(job.id, { openChild: false });
  const [remixOn] = useRemixPreference();
  const router = useRouter();
  // With Remix on, a variation or reroll asks for the prompt first: on the job page, which knows
  // the image's prompt and whether its vendor takes one.
  const press = (key: string) => (remixOn && isRemixAction(key) ? router.push(`/jobs/${job.id}?remix=${encodeURIComponent(key)}`) : void run(key));
  const title = jobTitle(job);
  // An automatic Animate has no prompt of its own: say what it is rather than nothing.
  const text = promptText(job.prompt) || (job.kind === "VIDEO" ? "Automatic motion" : "");
  const cover = job.status === "SUCCEEDED" ? coverImage(job.images) : undefined;
  const failed = job.status === "FAILED" || job.status === "CANCELLED";
  const ratio = Math.min(Math.max(aspectOf(job), 0.75), 1.9);

  return (
    <article
      aria-labelledby={`feed-${job.id}`}
      className="overflow-hidden rounded-2xl border border-white/5 bg-ink-900 [contain-intrinsic-size:auto_30rem] [content-visibility:auto]"
    >
      <Link
        href={`/jobs/${job.id}`}
        aria-label={`Open ${title}: ${text}`}
        className="group relative block overflow-hidden bg-ink-950"
        style={{ aspectRatio: ratio }}
      >
        {cover ? (
          <CoverThumb cover={cover} alt={text} className="size-full object-contain transition-transform duration-300 group-hover:scale-[1.015]" />
        ) : (
          <JobPlaceholder job={job} />
        )}
      </Link>
      <div className="space-y-3 p-3.5">
        <div className="min-w-0">
          <h3 id={`feed-${job.id}`} className="line-clamp-2 text-sm leading-5 text-neutral-100" title={job.prompt}>
            {text}
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-1.5 text-xs text-neutral-500">
            <span className="text-neutral-400">{title}</span>
            <span aria-hidden>·</span>
            <span>{job.user.name}</span>
            <span aria-hidden>·</span>
            <RelativeTime iso={job.createdAt} />
            {job.visibility === "PRIVATE" && (
              <span className="inline-flex items-center gap-1 text-neutral-400">
                <Icon name="lock" className="size-3" /> Private
              </span>
            )}
          </p>
        </div>
        {isActive(job.status) && <JobProgress job={job} label={`Progress: ${text}`} />}
        {failed && <JobFailure job={job} />}
        {cover && job.tileActions.length > 0 && <TileActions actions={job.tileActions} onAction={press} pending={pending} compact />}
        {error && (
          <p role="alert" className="text-xs text-red-300">
            {error}
          </p>
        )}
      </div>
    </article>
  );
}
