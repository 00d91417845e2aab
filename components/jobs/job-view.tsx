"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import type { JobImageDTO } from "@/lib/dto/jobs";
import { jobQueryOptions } from "@/lib/query/jobs";
import { Lightbox, type LightboxItem } from "@/components/lightbox/lightbox";
import { Icon } from "@/components/ui/icon";
import { DescribedPrompts } from "./described-prompts";
import { JobActionsPanel } from "./job-actions-panel";
import { JobDetails } from "./job-details";
import { AnimatePanel } from "@/components/video/animate-panel";
import { ExtendPanel } from "@/components/video/extend-panel";
import { coverImage, gridTiles, isActive, jobTitle, promptText, videoClips } from "./job-label";
import { JobImageStage } from "./job-image-stage";
import { JobInputForm } from "./job-input-form";
import { JobLineage } from "./job-lineage";
import { JobFailure, JobProgress } from "./job-progress";
import { JobToolbar } from "./job-toolbar";

/** The job page: the image, its actions, prompt and parameters, lineage — kept live. */
export function JobView({ id }: { id: string }) {
  const { data: job, error } = useQuery(jobQueryOptions(id));
  const [selected, setSelected] = useState<number | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  // A feed card with Remix on sends the user here to edit the prompt of this action.
  const remixAction = useSearchParams().get("remix");

  if (!job) {
    return (
      <p role="alert" className="px-4 py-24 text-center text-sm text-neutral-400">
        {error?.message ?? "Loading…"}
      </p>
    );
  }

  const tiles = gridTiles(job.images);
  const viewable: JobImageDTO[] = tiles.length === 4 ? tiles : job.images.filter((i) => i.kind !== "TILE");
  const items: LightboxItem[] = viewable.map((image) => ({
    ...image,
    video: image.video ? { posterUrl: image.video.posterUrl } : undefined,
    alt: promptText(job.prompt),
    caption: jobTitle(job) + (image.kind === "TILE" ? ` · image ${image.index}` : ""),
  }));
  const clips = videoClips(job.images);
  const download = (selected && [...tiles, ...clips].find((t) => t.index === selected)) || coverImage(job.images);
  const failed = job.status === "FAILED" || job.status === "CANCELLED";

  return (
    <div className="grid gap-6 px-4 py-6 md:px-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
      <div className="min-w-0">
        <JobImageStage
          job={job}
          selected={selected}
          onSelect={setSelected}
          onOpen={(image) =>
            setViewing(
              Math.max(
                0,
                viewable.findIndex((v) => v.id === image.id),
              ),
            )
          }
        />
        {isActive(job.status) && <JobProgress job={job} label="Progress" className="mx-auto mt-4 max-w-md" />}
        {failed && <JobFailure job={job} className="mx-auto mt-4 max-w-xl text-center" />}
      </div>
      <aside className="min-w-0 space-y-6">
        <header>
          <p className="text-xs font-medium uppercase tracking-wide text-accent">{jobTitle(job)}</p>
          <h1 className="mt-1 text-lg leading-7 font-medium break-words text-neutral-50">
            {promptText(job.prompt) || (job.kind === "VIDEO" ? "Automatic motion" : "")}
          </h1>
          {job.prompt !== promptText(job.prompt) && (
            <p className="mt-1 font-mono text-xs break-words text-neutral-500">{job.prompt.slice(promptText(job.prompt).length).trim()}</p>
          )}
        </header>
        {job.status === "NEEDS_INPUT" && job.input && <JobInputForm key={job.input.reason} job={job} />}
        <JobToolbar job={job} download={job.status === "SUCCEEDED" ? download : undefined} />
        {job.status === "SUCCEEDED" && <JobActionsPanel job={job} selectedTile={selected} remixAction={remixAction} />}
        {job.status === "SUCCEEDED" && !job.deleted && clips.length === 0 && <AnimatePanel job={job} selectedTile={selected} />}
        {job.status === "SUCCEEDED" && !job.deleted && clips.length > 0 && <ExtendPanel job={job} clip={selected ?? 1} />}
        {(job.kind === "DESCRIBE" || job.kind === "SHORTEN") && job.prompts.length > 0 && <DescribedPrompts prompts={job.prompts} />}
        <JobLineage job={job} />
        <JobDetails job={job} />
      </aside>
      <p role="status" className="sr-only">
        {job.status === "SUCCEEDED" ? "Finished." : failed ? `Failed: ${job.failureReason ?? "the vendor could not make this image."}` : ""}
      </p>
      <Lightbox
        items={items}
        index={viewing}
        onIndexChange={setViewing}
        onClose={() => setViewing(null)}
        label={`${jobTitle(job)}: full screen`}
        actions={(item) =>
          job.kind !== "VIDEO" && (
            <Link
              href={`/?sref=${encodeURIComponent(item.id)}`}
              className="grid size-10 place-items-center rounded-full bg-white/10 hover:bg-white/20"
              aria-label="Use as style reference"
              title="Use as style reference"
            >
              <Icon name="spark" className="size-5" />
            </Link>
          )
        }
      />
    </div>
  );
}
