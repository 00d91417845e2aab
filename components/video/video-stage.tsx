"use client";

import type { JobImageDTO } from "@/lib/dto/jobs";
import { cn } from "@/components/ui/styles";

const frame = "mx-auto w-[min(100%,calc(var(--stage-h)*var(--ratio)))] [--stage-h:min(78dvh,56rem)]";

function seconds(durationMs: number | null | undefined): string {
  return durationMs ? `${(durationMs / 1000).toFixed(durationMs < 10_000 ? 1 : 0)} s` : "";
}

/** A video job's clip with the player's own controls, and a picker when the batch made several. */
export function VideoStage({ clips, clip, onClip, label }: { clips: JobImageDTO[]; clip: number; onClip: (clip: number) => void; label: string }) {
  const current = clips.find((c) => c.index === clip) ?? clips[0];
  return (
    <div className={frame} style={{ "--ratio": current.width / current.height } as React.CSSProperties}>
      <video
        key={current.id}
        src={current.fullUrl}
        poster={current.video?.posterUrl}
        width={current.width}
        height={current.height}
        controls
        autoPlay
        muted
        loop
        playsInline
        preload="auto"
        aria-label={`${label}, clip ${current.index}`}
        data-testid="job-video"
        className="h-auto w-full rounded-2xl bg-black"
      />
      {clips.length > 1 && (
        <div role="group" aria-label="Clips" className="mt-3 flex flex-wrap justify-center gap-1.5">
          {clips.map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={c.index === current.index}
              onClick={() => onClip(c.index)}
              className={cn(
                "h-9 rounded-lg border px-3 text-sm font-medium",
                c.index === current.index ? "border-accent bg-accent/15 text-white" : "border-white/10 bg-ink-800 text-neutral-200 hover:border-white/25",
              )}
            >
              Clip {c.index}
              <span className="sr-only">, </span>
              <span className="ml-1.5 text-xs text-neutral-400">{seconds(c.video?.durationMs)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
