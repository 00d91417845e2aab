"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useJobSync } from "@/components/live/live-updates";
import { useServerAction } from "@/components/ui/use-server-action";
import { extendVideoAction } from "@/lib/actions/extend-video-action";
import type { JobDetailDTO } from "@/lib/dto/jobs";
import type { VideoMotion } from "@/lib/vendors/types";
import { videoClips } from "@/components/jobs/job-label";
import { VideoMotionFields } from "./video-motion-fields";

/** Extend one clip of a finished video by another few seconds (Midjourney allows four extensions). */
export function ExtendPanel({ job, clip }: { job: JobDetailDTO; clip: number }) {
  const router = useRouter();
  const sync = useJobSync();
  const write = useServerAction<string>();
  const title = useId();
  const [motion, setMotion] = useState<VideoMotion>("low");
  const [manual, setManual] = useState(false);
  const [prompt, setPrompt] = useState("");
  const clips = videoClips(job.images);
  if (clips.length === 0) return null;

  return (
    <section aria-labelledby={title} className="space-y-3 rounded-xl border border-white/10 bg-ink-850 p-3">
      <h2 id={title} className="text-sm font-medium text-neutral-100">
        Extend
      </h2>
      {!job.capabilities.extendVideo ? (
        <p className="text-sm text-neutral-400">This video&apos;s vendor does not offer Extend.</p>
      ) : (
        <form
          noValidate
          aria-labelledby={title}
          className="space-y-3"
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await write.run("extend", () => extendVideoAction({ jobId: job.id, index: clip - 1, motion, prompt: manual ? prompt : undefined }), {
              holdOnSuccess: true,
            });
            if (result.error !== undefined) return;
            sync(result.data.jobId);
            router.push(`/jobs/${result.data.jobId}`);
          }}
        >
          <VideoMotionFields motion={motion} onMotion={setMotion} manual={manual} onManual={setManual} prompt={prompt} onPrompt={setPrompt} />
          <Button type="submit" disabled={write.pending !== null} aria-busy={write.pending !== null || undefined} className="w-full">
            {clips.length > 1 ? `Extend clip ${clip}` : "Extend"}
          </Button>
          {write.error && (
            <p role="alert" className="text-sm text-red-300">
              {write.error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
