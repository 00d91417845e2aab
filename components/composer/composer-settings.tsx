"use client";

import { useId } from "react";
import { SPEED_MODE_NAMES, SPEED_MODES } from "@/lib/domain/speed-mode";
import { readComposerState, setPromptFlag, type ComposerFlag } from "@/lib/prompt/composer-flags";
import { AspectRatioControl } from "./aspect-ratio-control";
import { DraftInput } from "./draft-input";
import { capsLabel, checkRow, inputBase } from "@/components/ui/styles";
import { SelectControl } from "./select-control";
import { SliderControl } from "./slider-control";

const VERSIONS = ["7", "6.1", "6", "5.2", "niji 6", "niji 5"];
const versionLabel = (v: string) => (v.startsWith("niji") ? `Niji ${v.slice(5)}` : `Version ${v}`);
const QUALITIES = ["0.25", "0.5", "1", "2", "4"];

const seedOf = (raw: string) => (/^\d+$/.test(raw.trim()) ? raw.trim() : raw.trim() === "" ? "" : raw);

/** Every parameter as a control; each reads the prompt's flags and writes them back. */
export function ComposerSettings({ prompt, onPromptChange }: { prompt: string; onPromptChange: (prompt: string) => void }) {
  const { flags, version, mode } = readComposerState(prompt);
  const set = (flag: ComposerFlag, value: string | number | boolean | undefined) => onPromptChange(setPromptFlag(prompt, flag, value));
  const ids = { seed: useId(), no: useId(), tile: useId() };
  const versions = version && !VERSIONS.includes(version) ? [...VERSIONS, version] : VERSIONS;

  return (
    <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
      <div className="md:col-span-2 xl:col-span-3">
        <AspectRatioControl value={flags.ar} onChange={(ar) => set("ar", ar)} />
      </div>
      <SelectControl
        label="Version"
        value={version ?? ""}
        options={[{ value: "", label: "Default" }, ...versions.map((v) => ({ value: v, label: versionLabel(v) }))]}
        onChange={(v) => set("version", v || undefined)}
      />
      <SelectControl
        label="Mode"
        value={mode ?? ""}
        options={[{ value: "", label: "Default" }, ...SPEED_MODES.map((m) => ({ value: m, label: SPEED_MODE_NAMES[m] }))]}
        onChange={(v) => set("mode", v || undefined)}
      />
      <SelectControl
        label="Quality"
        value={flags.quality !== undefined ? String(flags.quality) : ""}
        options={[{ value: "", label: "Default" }, ...QUALITIES.map((q) => ({ value: q, label: q }))]}
        onChange={(v) => set("quality", v || undefined)}
      />
      <SliderControl label="Stylize" flag="stylize" value={flags.stylize} min={0} max={1000} defaultValue={100} onChange={(v) => set("stylize", v)} />
      <SliderControl label="Chaos" flag="chaos" value={flags.chaos} min={0} max={100} defaultValue={0} onChange={(v) => set("chaos", v)} />
      <SliderControl label="Weird" flag="weird" value={flags.weird} min={0} max={3000} step={10} defaultValue={0} onChange={(v) => set("weird", v)} />
      <div>
        <label htmlFor={ids.seed} className={capsLabel}>
          Seed
        </label>
        <DraftInput
          id={ids.seed}
          inputMode="numeric"
          placeholder="Random"
          className={`mt-2 ${inputBase}`}
          value={flags.seed !== undefined ? String(flags.seed) : ""}
          normalize={seedOf}
          onValueChange={(raw) => set("seed", seedOf(raw) || undefined)}
        />
      </div>
      <div>
        <label htmlFor={ids.no} className={capsLabel}>
          Exclude <span className="font-mono normal-case text-neutral-600">--no</span>
        </label>
        <DraftInput
          id={ids.no}
          placeholder="e.g. text, people"
          className={`mt-2 ${inputBase}`}
          value={flags.no ?? ""}
          onValueChange={(raw) => set("no", raw.trim() || undefined)}
        />
      </div>
      <div className="flex items-end">
        <label htmlFor={ids.tile} className={checkRow}>
          <input
            id={ids.tile}
            type="checkbox"
            checked={Boolean(flags.tile)}
            onChange={(event) => set("tile", event.target.checked)}
            className="size-4 accent-accent"
          />
          Tile <span className="font-mono text-xs text-neutral-500">--tile</span>
        </label>
      </div>
    </div>
  );
}
