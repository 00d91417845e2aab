// Midjourney prompt flags (--ar 16:9 --v 6.1 --stylize 250 ...), parsed and written back.
// Shared by the composer (controls <-> flags) and the server (validation before submit).
// Which model version accepts which flag is version-support.ts's business, not the parser's.
import { isStyleCode, parseCrefValue, parseOrefValue, parseProfileValue, parseSrefValue, type Parsed } from "./reference-flags";

export interface PromptFlags {
  ar?: string;
  version?: string;
  niji?: string;
  stylize?: number;
  chaos?: number;
  quality?: number;
  weird?: number;
  seed?: number;
  tile?: boolean;
  no?: string;
  style?: string;
  /** Style references: image URLs, style codes (digits) or "random", each maybe with ::weight. */
  sref?: string[];
  /** Style weight 0-1000 and style reference version. */
  sw?: number;
  sv?: number;
  /** Omni reference (one image URL, V7) and its weight 1-1000. */
  oref?: string;
  ow?: number;
  /** Character references (image URLs, V6) and their weight 0-100. */
  cref?: string[];
  cw?: number;
  /** Personalization: [] is --p alone (the default profile), else profile/moodboard codes. */
  p?: string[];
  draft?: boolean;
  hd?: boolean;
  raw?: boolean;
  /** Experimental aesthetics 0-100. */
  exp?: number;
  /** Flags the studio does not model, kept verbatim (e.g. "--iw 2"). */
  other: string[];
}

export interface ParsedPrompt {
  /** The prompt without its flags (image URLs at the start included). */
  text: string;
  flags: PromptFlags;
  errors: string[];
}

const ALIASES: Record<string, string> = {
  aspect: "ar",
  s: "stylize",
  c: "chaos",
  q: "quality",
  w: "weird",
  v: "version",
  version: "version",
  personalize: "p",
  profile: "p",
};
type RangedFlag = "stylize" | "chaos" | "weird" | "seed" | "sw" | "sv" | "ow" | "cw" | "exp";
const RANGES: Record<RangedFlag, [number, number]> = {
  stylize: [0, 1000],
  chaos: [0, 100],
  weird: [0, 3000],
  seed: [0, 4294967295],
  sw: [0, 1000],
  // 1-6 for image references; style codes only 4 (before June 2025) and 6 (checked below).
  sv: [1, 6],
  ow: [1, 1000],
  cw: [0, 100],
  exp: [0, 100],
};
const QUALITIES = [0.25, 0.5, 1, 2, 4];

/** Keeps a parsed value, or its error. */
function take<T>(parsed: Parsed<T>, errors: string[], keep: (value: T) => void): void {
  if ("error" in parsed) errors.push(parsed.error);
  else keep(parsed.value);
}

/** The canonical name of a flag as typed ("s" → "stylize", "aspect" → "ar"). */
export function canonicalFlagName(rawName: string): string {
  return ALIASES[rawName.toLowerCase()] ?? rawName.toLowerCase();
}

/** Splits on " --name value" while keeping multi-word values (--no red cars). */
export function parsePrompt(prompt: string): ParsedPrompt {
  const flags: PromptFlags = { other: [] };
  const errors: string[] = [];
  const parts = ` ${prompt}`.split(/\s--(?=[a-zA-Z])/);
  const text = parts[0].trim();
  for (const part of parts.slice(1)) {
    const [rawName, ...rest] = part.trim().split(/\s+/);
    const name = ALIASES[rawName.toLowerCase()] ?? rawName.toLowerCase();
    const value = rest.join(" ").trim();
    switch (name) {
      case "ar":
        if (/^\d{1,3}:\d{1,3}$/.test(value) && !value.split(":").some((n) => Number(n) === 0)) flags.ar = value;
        else errors.push(`--ar needs a ratio like 16:9 (got "${value}")`);
        break;
      case "version":
        if (/^\d+(\.\d+)?$/.test(value)) flags.version = value;
        else errors.push(`--v needs a version number like 6.1 (got "${value}")`);
        break;
      case "niji":
        flags.niji = value || "6";
        break;
      case "stylize":
      case "chaos":
      case "weird":
      case "seed":
      case "sw":
      case "sv":
      case "ow":
      case "cw":
      case "exp": {
        const n = Number(value);
        const [min, max] = RANGES[name];
        if (value === "" || !Number.isInteger(n) || n < min || n > max) errors.push(`--${name} must be a whole number from ${min} to ${max}`);
        else flags[name] = n;
        break;
      }
      case "quality": {
        const n = Number(value);
        if (!QUALITIES.includes(n)) errors.push(`--quality must be one of ${QUALITIES.join(", ")}`);
        else flags.quality = n;
        break;
      }
      case "tile":
      case "draft":
      case "hd":
      case "raw":
        flags[name] = true;
        break;
      case "sref":
        take(parseSrefValue(value), errors, (v) => (flags.sref = v));
        break;
      case "oref":
        take(parseOrefValue(value), errors, (v) => (flags.oref = v));
        break;
      case "cref":
        take(parseCrefValue(value), errors, (v) => (flags.cref = v));
        break;
      case "p":
        take(parseProfileValue(value), errors, (v) => (flags.p = v));
        break;
      case "no":
        if (value) flags.no = value;
        else errors.push("--no needs the things to leave out");
        break;
      case "style":
        if (value) flags.style = value;
        break;
      default:
        flags.other.push(`--${rawName}${value ? ` ${value}` : ""}`);
    }
  }
  if (flags.sv !== undefined && flags.sv !== 4 && flags.sv !== 6 && flags.sref?.some(isStyleCode)) {
    errors.push("Style codes work only with --sv 4 or --sv 6 (images take 1 to 6)");
  }
  return { text, flags, errors };
}

/** Writes the prompt back with flags in a stable order. */
export function buildPrompt(text: string, flags: PromptFlags): string {
  const out = [text.trim()];
  if (flags.ar) out.push(`--ar ${flags.ar}`);
  if (flags.niji) out.push(`--niji ${flags.niji}`);
  else if (flags.version) out.push(`--v ${flags.version}`);
  if (flags.style) out.push(`--style ${flags.style}`);
  if (flags.raw) out.push("--raw");
  if (flags.stylize !== undefined) out.push(`--stylize ${flags.stylize}`);
  if (flags.chaos !== undefined) out.push(`--chaos ${flags.chaos}`);
  if (flags.quality !== undefined) out.push(`--quality ${flags.quality}`);
  if (flags.weird !== undefined) out.push(`--weird ${flags.weird}`);
  if (flags.seed !== undefined) out.push(`--seed ${flags.seed}`);
  if (flags.exp !== undefined) out.push(`--exp ${flags.exp}`);
  if (flags.tile) out.push("--tile");
  if (flags.draft) out.push("--draft");
  if (flags.hd) out.push("--hd");
  if (flags.no) out.push(`--no ${flags.no}`);
  if (flags.sref?.length) out.push(`--sref ${flags.sref.join(" ")}`);
  if (flags.sw !== undefined) out.push(`--sw ${flags.sw}`);
  if (flags.sv !== undefined) out.push(`--sv ${flags.sv}`);
  if (flags.oref) out.push(`--oref ${flags.oref}`);
  if (flags.ow !== undefined) out.push(`--ow ${flags.ow}`);
  if (flags.cref?.length) out.push(`--cref ${flags.cref.join(" ")}`);
  if (flags.cw !== undefined) out.push(`--cw ${flags.cw}`);
  if (flags.p) out.push(["--p", ...flags.p].join(" "));
  out.push(...flags.other);
  return out.filter(Boolean).join(" ");
}

/** Width and height for an aspect ratio such as "16:9" (default 1:1). */
export function aspectParts(ar: string | undefined): [number, number] {
  const m = ar?.match(/^(\d+):(\d+)$/);
  return m ? [Number(m[1]), Number(m[2])] : [1, 1];
}
