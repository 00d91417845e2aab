// Which Midjourney model accepts which flag (as of 2026): the composer shows only the controls the
// chosen version takes and warns about the rest; the imagine action refuses them with the same words.
// Versions the studio does not list (typed by hand, e.g. --v 5.2) are judged by their number.
import type { PromptFlags } from "./prompt-flags";

/** The versions the composer offers, newest first; a prompt without --v/--niji gets the default. */
export const MODEL_VERSIONS = ["8.1", "8", "7", "6.1", "niji 7", "niji 6"] as const;
export const DEFAULT_MODEL_VERSION = "8.1";

export type VersionFeature = "sref" | "sw" | "sv" | "oref" | "ow" | "cref" | "cw" | "p" | "draft" | "hd" | "q4" | "exp" | "raw";

interface Model {
  niji: boolean;
  n: number;
}

interface Rule {
  label: string;
  /** Who accepts it, in the words of the warning. */
  needs: string;
  accepts: (m: Model) => boolean;
}

const v6plus: Pick<Rule, "needs" | "accepts"> = { needs: "V6 and later, Niji 6 and later", accepts: (m) => m.n >= 6 };
const v7plus: Pick<Rule, "needs" | "accepts"> = { needs: "V7 and later, Niji 7", accepts: (m) => m.n >= 7 };
// Omni reference replaced character reference in V7 and has not come to V8 or Niji 7.
const v7only: Pick<Rule, "needs" | "accepts"> = { needs: "V7", accepts: (m) => !m.niji && m.n >= 7 && m.n < 8 };
const v6only: Pick<Rule, "needs" | "accepts"> = { needs: "V6.1 and Niji 6", accepts: (m) => m.n >= 6 && m.n < 7 };

const RULES: Record<VersionFeature, Rule> = {
  sref: { label: "Style reference (--sref)", ...v6plus },
  sw: { label: "Style weight (--sw)", ...v6plus },
  sv: { label: "Style reference version (--sv)", ...v6plus },
  p: { label: "Personalization (--p)", ...v6plus },
  oref: { label: "Omni reference (--oref)", ...v7only },
  ow: { label: "Omni weight (--ow)", ...v7only },
  cref: { label: "Character reference (--cref)", ...v6only },
  cw: { label: "Character weight (--cw)", ...v6only },
  draft: { label: "Draft mode (--draft)", ...v7plus },
  exp: { label: "Experimental aesthetics (--exp)", ...v7plus },
  q4: { label: "Quality 4 (--q 4)", ...v7plus },
  hd: { label: "HD (--hd)", needs: "V8 and later", accepts: (m) => !m.niji && m.n >= 8 },
  // --style raw arrived with V5.1; every listed model takes it.
  raw: { label: "Raw style (--raw)", needs: "V5.1 and later, Niji 6 and later", accepts: (m) => m.n >= (m.niji ? 6 : 5.1) },
};

function modelOf(version: string): Model {
  const niji = version.startsWith("niji");
  const n = Number.parseFloat(niji ? version.slice(4) : version);
  return { niji, n: Number.isFinite(n) ? n : 0 };
}

/** "V8.1", "Niji 6". */
export function versionLabel(version: string): string {
  return version.startsWith("niji") ? `Niji ${version.slice(4).trim()}` : `V${version}`;
}

/** The version a prompt runs on: its --niji or --v, else the default. */
export function promptVersion(flags: Pick<PromptFlags, "niji" | "version">): string {
  if (flags.niji) return `niji ${flags.niji}`;
  return flags.version ?? DEFAULT_MODEL_VERSION;
}

export function supports(version: string, feature: VersionFeature): boolean {
  return RULES[feature].accepts(modelOf(version));
}

/** The version-bound features a prompt's flags use. */
export function usedFeatures(flags: PromptFlags): VersionFeature[] {
  const used: VersionFeature[] = [];
  for (const key of ["sref", "sw", "sv", "oref", "ow", "cref", "cw", "p", "draft", "hd", "exp", "raw"] as const) {
    if (flags[key] !== undefined && flags[key] !== false) used.push(key);
  }
  if (flags.quality === 4) used.push("q4");
  return used;
}

/** One sentence per feature the version does not accept (each feature once, in the order given). */
export function unsupportedFlagMessages(version: string, features: readonly VersionFeature[]): string[] {
  const model = modelOf(version);
  return [...new Set(features)]
    .filter((f) => !RULES[f].accepts(model))
    .map((f) => `${RULES[f].label} works only with ${RULES[f].needs}; this prompt uses ${versionLabel(version)}.`);
}
