"use client";

import { useId } from "react";
import { cn } from "@/components/ui/styles";
import type { VideoMotion } from "@/lib/vendors/types";

const MOTIONS: { value: VideoMotion; label: string; hint: string }[] = [
  { value: "low", label: "Low motion", hint: "a still camera, subtle movement" },
  { value: "high", label: "High motion", hint: "the camera and the subject move" },
];

/** Midjourney's two motion levels, and automatic or manual (a prompt of your own) motion. */
export function VideoMotionFields({
  motion,
  onMotion,
  manual,
  onManual,
  prompt,
  onPrompt,
}: {
  motion: VideoMotion;
  onMotion: (motion: VideoMotion) => void;
  manual: boolean;
  onManual: (manual: boolean) => void;
  prompt: string;
  onPrompt: (prompt: string) => void;
}) {
  const ids = { motion: useId(), manual: useId(), prompt: useId() };
  return (
    <>
      <fieldset>
        <legend id={ids.motion} className="text-xs font-medium text-neutral-400">
          Motion
        </legend>
        <div className="mt-1 grid grid-cols-2 gap-1.5">
          {MOTIONS.map((m) => (
            <label
              key={m.value}
              className={cn(
                "flex cursor-pointer flex-col rounded-lg border border-white/10 bg-ink-900 px-3 py-2 text-sm text-neutral-200",
                "has-[:checked]:border-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent",
              )}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name={ids.motion}
                  value={m.value}
                  checked={motion === m.value}
                  onChange={() => onMotion(m.value)}
                  className="accent-accent"
                />
                {m.label}
              </span>
              <span className="mt-0.5 text-xs text-neutral-400">{m.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={ids.manual} className="flex items-center gap-2 text-sm text-neutral-200">
        <input id={ids.manual} type="checkbox" checked={manual} onChange={(e) => onManual(e.target.checked)} className="accent-accent" />
        Describe the motion myself (manual)
      </label>
      {manual && (
        <div>
          <label htmlFor={ids.prompt} className="text-xs font-medium text-neutral-400">
            Motion prompt
          </label>
          <textarea
            id={ids.prompt}
            value={prompt}
            onChange={(e) => onPrompt(e.target.value)}
            rows={3}
            maxLength={6000}
            className="mt-1 w-full rounded-lg border border-white/10 bg-ink-900 px-3 py-2 text-sm text-neutral-100 placeholder:text-neutral-500"
            placeholder="the camera slowly pushes in while petals drift"
          />
        </div>
      )}
    </>
  );
}
