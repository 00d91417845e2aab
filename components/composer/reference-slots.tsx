"use client";

import { useId } from "react";
import { setPromptFlag, type ComposerFlag } from "@/lib/prompt/composer-flags";
import type { PromptFlags } from "@/lib/prompt/prompt-flags";
import { isStyleCode } from "@/lib/prompt/reference-flags";
import { supports, unsupportedFlagMessages, type VersionFeature } from "@/lib/prompt/version-support";
import { capsLabel, checkRow, inputBase } from "@/components/ui/styles";
import { DraftInput } from "./draft-input";
import { ReferenceSlot } from "./reference-slot";
import { SelectControl } from "./select-control";
import { SliderControl } from "./slider-control";
import type { ImageSlot, SlotState } from "./use-reference-slots";

interface Props {
  prompt: string;
  flags: PromptFlags;
  version: string;
  slots: Record<ImageSlot, SlotState>;
  onPromptChange: (prompt: string) => void;
}

// --sv 1-6 exist for images; style codes only take 4 (before June 2025) and 6 (the default).
const STYLE_VERSIONS = ["1", "2", "3", "4", "5", "6"];

/**
 * Style, omni and character reference slots and personalization, for the chosen version: a slot
 * the version does not take shows only while it holds something (with the warning why). Weights
 * and codes are the prompt's own flags, so typing them and moving the controls stay in step.
 */
export function ReferenceSlots({ prompt, flags, version, slots, onPromptChange }: Props) {
  const set = (flag: ComposerFlag, value: string | number | boolean | undefined) => onPromptChange(setPromptFlag(prompt, flag, value));
  const warning = (feature: VersionFeature) => unsupportedFlagMessages(version, [feature])[0] ?? null;
  const ids = { codes: useId(), profile: useId(), profileOn: useId() };
  const srefTokens = flags.sref ?? [];
  const codes = srefTokens.filter(isStyleCode).join(" ");
  const srefUrls = srefTokens.filter((t) => !isStyleCode(t));
  const shows = (slot: ImageSlot, weight: keyof PromptFlags) =>
    supports(version, slot) || slots[slot].count > 0 || flags[slot] !== undefined || flags[weight] !== undefined;

  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {shows("sref", "sw") && (
        <ReferenceSlot title="Style reference" flag="sref" slot={slots.sref} warning={warning("sref")}>
          <div>
            <label htmlFor={ids.codes} className={capsLabel}>
              Style codes
            </label>
            <DraftInput
              id={ids.codes}
              placeholder="e.g. 1234567 or random"
              className={`mt-2 ${inputBase}`}
              value={codes}
              onValueChange={(raw) => set("sref", [...srefUrls, ...raw.split(/\s+/).filter(Boolean)].join(" ") || undefined)}
            />
          </div>
          <SliderControl label="Style weight" flag="sw" value={flags.sw} min={0} max={1000} defaultValue={100} onChange={(v) => set("sw", v)} />
          <SelectControl
            label="Style algorithm (--sv)"
            value={flags.sv !== undefined ? String(flags.sv) : ""}
            options={[{ value: "", label: "Default" }, ...STYLE_VERSIONS.map((v) => ({ value: v, label: v }))]}
            onChange={(v) => set("sv", v || undefined)}
            hint="Style codes take 4 or 6 only."
          />
        </ReferenceSlot>
      )}
      {shows("oref", "ow") && (
        <ReferenceSlot title="Omni reference" flag="oref" slot={slots.oref} warning={warning("oref")}>
          <SliderControl label="Omni weight" flag="ow" value={flags.ow} min={1} max={1000} defaultValue={100} onChange={(v) => set("ow", v)} />
        </ReferenceSlot>
      )}
      {shows("cref", "cw") && (
        <ReferenceSlot title="Character reference" flag="cref" slot={slots.cref} warning={warning("cref")}>
          <SliderControl label="Character weight" flag="cw" value={flags.cw} min={0} max={100} defaultValue={100} onChange={(v) => set("cw", v)} />
        </ReferenceSlot>
      )}
      {(supports(version, "p") || flags.p) && (
        <section className="rounded-xl border border-white/10 p-3">
          <h3 className={capsLabel}>
            Personalization <span className="font-mono normal-case text-neutral-600">--p</span>
          </h3>
          <label htmlFor={ids.profileOn} className={`mt-2 ${checkRow}`}>
            <input
              id={ids.profileOn}
              type="checkbox"
              checked={flags.p !== undefined}
              onChange={(event) => set("p", event.target.checked ? flags.p?.join(" ") || true : undefined)}
              className="size-4 accent-accent"
            />
            Use my personalization
          </label>
          <label htmlFor={ids.profile} className={`mt-3 block ${capsLabel}`}>
            Profile or moodboard codes
          </label>
          <DraftInput
            id={ids.profile}
            placeholder="Your default profile when empty"
            className={`mt-2 ${inputBase}`}
            value={flags.p?.join(" ") ?? ""}
            onValueChange={(raw) => set("p", raw.trim() || (flags.p !== undefined ? true : undefined))}
          />
        </section>
      )}
    </div>
  );
}
