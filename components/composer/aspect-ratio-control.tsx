"use client";

import { useState } from "react";
import { DraftInput } from "./draft-input";
import { capsLabel, inputBase, pill, pillInput } from "@/components/ui/styles";

export const ASPECT_PRESETS = ["1:1", "16:9", "9:16", "2:3", "3:2", "4:3", "3:4"] as const;

function Shape({ ratio }: { ratio: string }) {
  const [w, h] = ratio.split(":").map(Number);
  const scale = 14 / Math.max(w, h);
  return <span aria-hidden className="inline-block rounded-[3px] border-[1.5px] border-current opacity-70" style={{ width: w * scale, height: h * scale }} />;
}

const side = (raw: string) => (/^\d{1,3}$/.test(raw.trim()) && Number(raw) > 0 ? raw.trim() : "");

/** --ar: the usual presets, or any W:H. No flag means 1:1 (Midjourney's default). */
export function AspectRatioControl({ value, onChange }: { value?: string; onChange: (ar: string | undefined) => void }) {
  const current = value ?? "1:1";
  const [customOpen, setCustomOpen] = useState(false);
  const custom = customOpen || !(ASPECT_PRESETS as readonly string[]).includes(current);
  const [w, h] = current.split(":");
  const setSide = (which: 0 | 1, raw: string) => {
    const n = side(raw);
    if (!n) return;
    onChange(which === 0 ? `${n}:${h}` : `${w}:${n}`);
  };
  // The width and height boxes differ only in which side they set.
  const sideInput = (which: 0 | 1, label: string, value: typeof w) => (
    <DraftInput aria-label={label} inputMode="numeric" className={`${inputBase} w-20 text-center`} value={value} onValueChange={(raw) => setSide(which, raw)} />
  );
  return (
    <fieldset>
      <legend className={capsLabel}>Aspect ratio</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {ASPECT_PRESETS.map((preset) => (
          <label key={preset} className={`${pill} inline-flex items-center gap-2`}>
            <input
              type="radio"
              name="aspect-ratio"
              className={pillInput}
              checked={!custom && current === preset}
              onChange={() => {
                setCustomOpen(false);
                onChange(preset === "1:1" ? undefined : preset);
              }}
            />
            <Shape ratio={preset} />
            {preset}
          </label>
        ))}
        <label className={pill}>
          <input type="radio" name="aspect-ratio" className={pillInput} checked={custom} onChange={() => setCustomOpen(true)} />
          Custom
        </label>
      </div>
      {custom && (
        <div className="mt-3 flex items-center gap-2">
          {sideInput(0, "Aspect width", w)}
          <span aria-hidden className="text-neutral-500">
            :
          </span>
          {sideInput(1, "Aspect height", h)}
        </div>
      )}
    </fieldset>
  );
}
