"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useJobSync } from "@/components/live/live-updates";
import { useServerAction } from "@/components/ui/use-server-action";
import { animateAction } from "@/lib/actions/animate-action";
import type { AnimateInput } from "@/lib/schemas/jobs";
import { ActionButton } from "@/components/jobs/action-button";
import type { JobDetailDTO } from "@/lib/dto/jobs";
import type { VideoBatchSize, VideoMotion, VideoResolution } from "@/lib/vendors/types";
import { promptText } from "@/components/jobs/job-label";
import { useImageUploads } from "@/components/upload/use-image-uploads";
import { EndFrameField } from "./end-frame-field";
import { VideoMotionFields } from "./video-motion-fields";

const selectClass = "mt-1 h-9 w-full rounded-lg border border-white/10 bg-ink-900 px-2 text-sm text-neutral-100";

/**
 * Animate (Midjourney V1 video) one image of a finished job: its upscale, or the grid image the
 * person picked. Where the job's vendor has no video the panel says so instead of offering it.
 */
export function AnimatePanel({ job, selectedTile }: { job: JobDetailDTO; selectedTile: number | null }) {
  const router = useRouter();
  const sync = useJobSync();
  const write = useServerAction<string>();
  const ids = { title: useId(), batch: useId(), resolution: useId(), loop: useId() };
  const [motion, setMotion] = useState<VideoMotion>("low");
  const [manual, setManual] = useState(false);
  const [prompt, setPrompt] = useState(() => promptText(job.prompt));
  const [loop, setLoop] = useState(false);
  const [batchSize, setBatchSize] = useState<VideoBatchSize>(4);
  const [resolution, setResolution] = useState<VideoResolution>("sd");
  const endFrame = useImageUploads(1);
  const endImageKey = endFrame.ready[0]?.key;

  const start = async (key: string, input: AnimateInput) => {
    const result = await write.run(key, () => animateAction(input), { holdOnSuccess: true });
    if (result.error !== undefined) return;
    sync(result.data.jobId);
    router.push(`/jobs/${result.data.jobId}`);
  };
  const upscale = job.images.find((i) => i.kind === "UPSCALE");
  const hasTiles = job.images.some((i) => i.kind === "TILE");
  const imageIndex = upscale ? 0 : selectedTile;
  if (!upscale && !hasTiles) return null;

  return (
    <section aria-labelledby={ids.title} className="space-y-3 rounded-xl border border-white/10 bg-ink-850 p-3">
      <h2 id={ids.title} className="text-sm font-medium text-neutral-100">
        Animate
      </h2>
      {!job.capabilities.video ? (
        <p className="text-sm text-neutral-400">This image&apos;s vendor does not offer video. Connections through TTAPI, New API or a midjourney-proxy do.</p>
      ) : (
        <form
          noValidate
          aria-labelledby={ids.title}
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (imageIndex === null) return;
            void start("animate", { jobId: job.id, imageIndex, motion, prompt: manual ? prompt : undefined, loop, endImageKey, batchSize, resolution });
          }}
        >
          {upscale && job.animateButtons.length > 0 && (
            // The vendor's own buttons: automatic motion, four SD clips, as Midjourney's buttons do
            // (the adapter presses the button itself for exactly this request).
            <div role="group" aria-label="Animate buttons" className="flex flex-wrap gap-1.5">
              {job.animateButtons.map((button) => (
                <ActionButton
                  key={button.key}
                  pending={write.pending === button.key}
                  disabled={write.pending !== null}
                  onClick={() =>
                    void start(button.key, {
                      jobId: job.id,
                      imageIndex: 0,
                      motion: button.key === "animate:high" ? "high" : "low",
                      batchSize: 4,
                      resolution: "sd",
                    })
                  }
                >
                  {button.label}
                </ActionButton>
              ))}
            </div>
          )}
          <VideoMotionFields motion={motion} onMotion={setMotion} manual={manual} onManual={setManual} prompt={prompt} onPrompt={setPrompt} />
          <label htmlFor={ids.loop} className="flex items-center gap-2 text-sm text-neutral-200">
            <input
              id={ids.loop}
              type="checkbox"
              checked={loop}
              disabled={endFrame.items.length > 0}
              onChange={(e) => setLoop(e.target.checked)}
              className="accent-accent"
            />
            Loop (end on the first frame)
          </label>
          <EndFrameField uploads={endFrame} disabled={loop} />
          <div className="grid grid-cols-2 gap-2">
            <div>
              <label htmlFor={ids.batch} className="text-xs font-medium text-neutral-400">
                Clips
              </label>
              <select id={ids.batch} value={batchSize} onChange={(e) => setBatchSize(Number(e.target.value) as VideoBatchSize)} className={selectClass}>
                <option value={1}>1 clip</option>
                <option value={2}>2 clips</option>
                <option value={4}>4 clips</option>
              </select>
            </div>
            <div>
              <label htmlFor={ids.resolution} className="text-xs font-medium text-neutral-400">
                Resolution
              </label>
              <select id={ids.resolution} value={resolution} onChange={(e) => setResolution(e.target.value as VideoResolution)} className={selectClass}>
                <option value="sd">SD (480p)</option>
                <option value="hd">HD (720p)</option>
              </select>
            </div>
          </div>
          {imageIndex === null && <p className="text-sm text-neutral-400">Pick one of the four images to animate it.</p>}
          <Button
            type="submit"
            disabled={imageIndex === null || write.pending !== null || endFrame.uploading}
            aria-busy={write.pending !== null || undefined}
            className="w-full"
          >
            {imageIndex ? `Animate image ${imageIndex}` : "Animate"}
          </Button>
          <p className="text-xs text-neutral-400">A video costs about eight images of your budget.</p>
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
