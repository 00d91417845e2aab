"use client";

import { useId } from "react";
import { useRemixPreference } from "./use-remix-preference";
import { cn } from "@/components/ui/styles";

/**
 * Midjourney's Remix: when on, V1-V4, Vary, the pans and Reroll ask for the (editable) prompt
 * first. `unavailable` explains why this vendor cannot take one.
 */
export function RemixToggle({ unavailable, className = "" }: { unavailable?: string; className?: string }) {
  const [on, setOn] = useRemixPreference();
  const hint = useId();
  // Where the vendor cannot take a prompt the switch is off and cannot be turned on: the
  // preference itself (per browser) is kept for the vendors that can.
  const checked = on && !unavailable;
  return (
    <div className={`flex flex-wrap items-center gap-x-3 gap-y-1 ${className}`}>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby={hint}
        disabled={Boolean(unavailable)}
        onClick={() => setOn(!on)}
        className={cn(
          "inline-flex items-center gap-2 rounded-full text-sm text-neutral-200 focus-visible:outline-2",
          "focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed",
          "disabled:opacity-60",
        )}
      >
        <span aria-hidden className={`relative h-5 w-9 rounded-full transition-colors ${checked ? "bg-accent-strong" : "bg-white/15"}`}>
          <span className={`absolute top-0.5 size-4 rounded-full bg-white transition-transform ${checked ? "translate-x-4.5" : "translate-x-0.5"}`} />
        </span>
        Remix
      </button>
      <p id={hint} className="text-xs text-neutral-500">
        {unavailable ?? (on ? "V1–V4, Vary, Pan and Reroll ask for the prompt first." : "Turn on to edit the prompt on V1–V4, Vary, Pan and Reroll.")}
      </p>
    </div>
  );
}
