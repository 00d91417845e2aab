// The composer's controls and the prompt's -- flags, two ways: controls read the parsed
// prompt, and a control edits only its own flag in place (the rest of the prompt, including
// flags the user typed and flags with mistakes, stays as written).
import { SPEED_MODES, type SpeedMode } from "@/lib/domain/speed-mode";
import { canonicalFlagName, parsePrompt, type PromptFlags } from "./prompt-flags";

export type ComposerFlag =
  | "ar"
  | "version"
  | "stylize"
  | "chaos"
  | "quality"
  | "weird"
  | "seed"
  | "tile"
  | "no"
  | "mode"
  | "sref"
  | "oref"
  | "cref"
  | "sw"
  | "sv"
  | "ow"
  | "cw"
  | "p"
  | "exp"
  | "draft"
  | "hd"
  | "raw";

/** Flags that are one control: --v and --niji share "version", --fast/--relax/--turbo share "mode". */
const GROUPS: Record<ComposerFlag, readonly string[]> = {
  ar: ["ar"],
  version: ["version", "niji"],
  stylize: ["stylize"],
  chaos: ["chaos"],
  quality: ["quality"],
  weird: ["weird"],
  seed: ["seed"],
  tile: ["tile"],
  no: ["no"],
  mode: SPEED_MODES,
  sref: ["sref"],
  oref: ["oref"],
  cref: ["cref"],
  sw: ["sw"],
  sv: ["sv"],
  ow: ["ow"],
  cw: ["cw"],
  p: ["p"],
  exp: ["exp"],
  draft: ["draft"],
  hd: ["hd"],
  raw: ["raw"],
};

export interface ComposerState {
  text: string;
  flags: PromptFlags;
  /** "7", "6.1" … or "niji 6"; undefined when the prompt does not choose. */
  version?: string;
  mode?: SpeedMode;
  errors: string[];
}

function splitFlags(prompt: string): { text: string; segments: { name: string; raw: string }[] } {
  const parts = ` ${prompt}`.split(/\s--(?=[a-zA-Z])/);
  const segments = parts.slice(1).map((part) => {
    const raw = `--${part.trim()}`;
    return { name: canonicalFlagName(part.trim().split(/\s+/)[0]), raw };
  });
  return { text: parts[0].trim(), segments };
}

/** A switch control (--tile, --draft, --hd, --raw, --p alone) passes true. */
function renderFlag(flag: ComposerFlag, value: string): string {
  if (value === "true") return `--${flag}`;
  if (flag === "mode") return `--${value}`;
  if (flag === "version") return value.startsWith("niji") ? `--niji ${value.slice(4).trim() || "6"}` : `--v ${value}`;
  return `--${flag} ${value}`;
}

/** Sets (or, with undefined, removes) one control's flag, in place of where it was written. */
export function setPromptFlag(prompt: string, flag: ComposerFlag, value: string | number | boolean | undefined): string {
  const { text, segments } = splitFlags(prompt);
  const group = GROUPS[flag];
  const next = value === undefined || value === false || value === "" ? null : renderFlag(flag, String(value));
  const out: string[] = [];
  let placed = false;
  for (const segment of segments) {
    if (!group.includes(segment.name)) out.push(segment.raw);
    else if (!placed && next) {
      out.push(next);
      placed = true;
    }
  }
  if (!placed && next) out.push(next);
  return [text, ...out].filter(Boolean).join(" ");
}

/** The prompt with its text (what comes before the flags) replaced, flags kept as written. */
export function withPromptText(prompt: string, text: string): string {
  const { segments } = splitFlags(prompt);
  return [text.trim(), ...segments.map((s) => s.raw)].filter(Boolean).join(" ");
}

/** What the controls show for a prompt. */
export function readComposerState(prompt: string): ComposerState {
  const { text, flags, errors } = parsePrompt(prompt);
  const mode = SPEED_MODES.find((m) => flags.other.some((o) => o.toLowerCase() === `--${m}`));
  const version = flags.niji ? `niji ${flags.niji}` : flags.version;
  return { text, flags, version, mode, errors };
}

/** The prompt to submit and the speed mode it asks for (sent as the job's mode, not as text). */
export function splitSpeedMode(prompt: string): { prompt: string; mode?: SpeedMode } {
  const { mode } = readComposerState(prompt);
  return { prompt: mode ? setPromptFlag(prompt, "mode", undefined) : prompt.trim(), mode };
}
