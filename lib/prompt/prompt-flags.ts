// Midjourney prompt flags (--ar 16:9 --v 6.1 --stylize 250 ...), parsed and written back.
// Shared by the composer (controls <-> flags) and the server (validation before submit).

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
  /** Flags the studio does not model, kept verbatim (e.g. "--cref URL"). */
  other: string[];
}

export interface ParsedPrompt {
  /** The prompt without its flags (image URLs at the start included). */
  text: string;
  flags: PromptFlags;
  errors: string[];
}

const ALIASES: Record<string, string> = { aspect: "ar", s: "stylize", c: "chaos", q: "quality", w: "weird", v: "version", version: "version" };
const RANGES: Record<"stylize" | "chaos" | "weird" | "seed", [number, number]> = {
  stylize: [0, 1000],
  chaos: [0, 100],
  weird: [0, 3000],
  seed: [0, 4294967295],
};
const QUALITIES = [0.25, 0.5, 1, 2, 4];

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
      case "seed": {
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
        flags.tile = true;
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
  return { text, flags, errors };
}

/** Writes the prompt back with flags in a stable order. */
export function buildPrompt(text: string, flags: PromptFlags): string {
  const out = [text.trim()];
  if (flags.ar) out.push(`--ar ${flags.ar}`);
  if (flags.niji) out.push(`--niji ${flags.niji}`);
  else if (flags.version) out.push(`--v ${flags.version}`);
  if (flags.style) out.push(`--style ${flags.style}`);
  if (flags.stylize !== undefined) out.push(`--stylize ${flags.stylize}`);
  if (flags.chaos !== undefined) out.push(`--chaos ${flags.chaos}`);
  if (flags.quality !== undefined) out.push(`--quality ${flags.quality}`);
  if (flags.weird !== undefined) out.push(`--weird ${flags.weird}`);
  if (flags.seed !== undefined) out.push(`--seed ${flags.seed}`);
  if (flags.tile) out.push("--tile");
  if (flags.no) out.push(`--no ${flags.no}`);
  out.push(...flags.other);
  return out.filter(Boolean).join(" ");
}

/** Width and height for an aspect ratio such as "16:9" (default 1:1). */
export function aspectParts(ar: string | undefined): [number, number] {
  const m = ar?.match(/^(\d+):(\d+)$/);
  return m ? [Number(m[1]), Number(m[2])] : [1, 1];
}
