"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/** Custom Zoom asks for a zoom factor (1 < z ≤ 2) and, optionally, a new prompt. */
export function CustomZoomForm({
  prompt,
  pending,
  onSubmit,
  onCancel,
}: {
  prompt: string;
  pending: boolean;
  onSubmit: (prompt: string) => void;
  onCancel: () => void;
}) {
  const ids = { zoom: useId(), prompt: useId() };
  const [zoom, setZoom] = useState("1.5");
  const [text, setText] = useState(() => prompt.replace(/\s--zoom\s+\S+/gi, "").trim());
  const value = Number(zoom);
  const valid = Number.isFinite(value) && value > 1 && value <= 2;
  return (
    <form
      aria-label="Custom Zoom"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSubmit(`${text} --zoom ${value}`);
      }}
      className="space-y-3 rounded-xl border border-white/10 bg-ink-850 p-3"
    >
      <div>
        <label htmlFor={ids.zoom} className="text-xs font-medium text-neutral-400">
          Zoom out by (1–2)
        </label>
        <input
          id={ids.zoom}
          type="number"
          min={1}
          max={2}
          step={0.05}
          value={zoom}
          onChange={(e) => setZoom(e.target.value)}
          className="mt-1 w-full rounded-lg border border-white/10 bg-ink-900 px-3 py-2 text-sm"
          aria-invalid={!valid || undefined}
        />
        {!valid && <p className="mt-1 text-xs text-amber-300">Choose a zoom above 1 and at most 2.</p>}
      </div>
      <div>
        <label htmlFor={ids.prompt} className="text-xs font-medium text-neutral-400">
          Prompt for the new area
        </label>
        <textarea
          id={ids.prompt}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
          className="mt-1 w-full resize-y rounded-lg border border-white/10 bg-ink-900 px-3 py-2 text-sm"
        />
      </div>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={!valid || pending}>
          {pending ? "Starting…" : "Zoom out"}
        </Button>
      </div>
    </form>
  );
}
