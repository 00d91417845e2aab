"use client";

import { useId } from "react";
import { SPEED_MODE_NAMES, SPEED_MODES } from "@/lib/domain/speed-mode";
import { readComposerState, setPromptFlag, type ComposerFlag } from "@/lib/prompt/composer-flags";
import { DEFAULT_MODEL_VERSION, MODEL_VERSIONS, promptVersion, supports, versionLabel, type VersionFeature } from "@/lib/prompt/version-support";
import { AspectRatioControl } from "./aspect-ratio-control";
import { DraftInput } from "./draft-input";
import { capsLabel, checkRow, inputBase } from "@/components/ui/styles";
import { SelectControl } from "./select-control";
import { SliderControl } from "./slider-control";

const VERSIONS: readonly string[] = MODEL_VERSIONS;
const QUALITIES = ["0.25", "0.5", "1", "2", "4"];

type Switch = Extract<ComposerFlag, "draft" | "hd" | "raw" | "tile">;
const SWITCHES: { flag: Switch; label: string; feature?: VersionFeature }[] = [
  { flag: "raw", label: "Raw style", feature: "raw" },
  { flag: "draft", label: "Draft", feature: "draft" },
  { flag: "hd", label: "HD", feature: "hd" },
  { flag: "tile", label: "Tile" },
];

const seedOf = (raw: string) => (/^\d+$/.test(raw.trim()) ? raw.trim() : raw.trim() === "" ? "" : raw);

/**
 * Every parameter the chosen version accepts as a control; each reads the prompt's flags and
 * writes them back. A flag the version does not take stays visible only while the prompt has it.
 */
export function ComposerSettings({ prompt, onPromptChange }: { prompt: string; onPromptChange: (prompt: string) => void }) {
  const { flags, version, mode } = readComposerState(prompt);
  const set = (flag: ComposerFlag, value: string | number | boolean | undefined) => onPromptChange(setPromptFlag(prompt, flag, value));
  const ids = { seed: useId(), no: useId(), switches: useId() };
  const versions = version && !VERSIONS.includes(version) ? [...VERSIONS, version] : VERSIONS;
  const model = promptVersion(flags);
  const shows = (feature: VersionFeature, present: boolean) => present || supports(model, feature);
  const qualities = QUALITIES.filter((q) => q !== "4" || shows("q4", flags.quality === 4));

  return (
    <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
      <div className="md:col-span-2 xl:col-span-3">
        <AspectRatioControl value={flags.ar} onChange={(ar) => set("ar", ar)} />
      </div>
      <SelectControl
        label="Version"
        value={version ?? ""}
        options={[{ value: "", label: `Default (${versionLabel(DEFAULT_MODEL_VERSION)})` }, ...versions.map((v) => ({ value: v, label: versionLabel(v) }))]}
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
        options={[{ value: "", label: "Default" }, ...qualities.map((q) => ({ value: q, label: q }))]}
        onChange={(v) => set("quality", v || undefined)}
      />
      <SliderControl label="Stylize" flag="stylize" value={flags.stylize} min={0} max={1000} defaultValue={100} onChange={(v) => set("stylize", v)} />
      <SliderControl label="Chaos" flag="chaos" value={flags.chaos} min={0} max={100} defaultValue={0} onChange={(v) => set("chaos", v)} />
      <SliderControl label="Weird" flag="weird" value={flags.weird} min={0} max={3000} step={10} defaultValue={0} onChange={(v) => set("weird", v)} />
      {shows("exp", flags.exp !== undefined) && (
        <SliderControl label="Experimental" flag="exp" value={flags.exp} min={0} max={100} defaultValue={0} onChange={(v) => set("exp", v)} />
      )}
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
      <fieldset className="flex flex-wrap items-end gap-2 md:col-span-2 xl:col-span-3">
        <legend className="sr-only">Switches</legend>
        {SWITCHES.filter((sw) => !sw.feature || shows(sw.feature, Boolean(flags[sw.flag]))).map((sw) => (
          <label key={sw.flag} htmlFor={`${ids.switches}-${sw.flag}`} className={checkRow}>
            <input
              id={`${ids.switches}-${sw.flag}`}
              type="checkbox"
              checked={Boolean(flags[sw.flag])}
              onChange={(event) => set(sw.flag, event.target.checked)}
              className="size-4 accent-accent"
            />
            {sw.label} <span className="font-mono text-xs text-neutral-500">--{sw.flag}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
