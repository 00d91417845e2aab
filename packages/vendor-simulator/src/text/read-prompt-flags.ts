// Reads the few Midjourney "--" parameters the simulator acts on. Everything else in a prompt
// is passed through untouched, as the real service would.

/** The value after `--name` (or any of its aliases), or undefined. */
export function readFlag(prompt: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const match = new RegExp(`(?:^|\\s)--${name}(?:\\s+([^\\s-][^\\s]*))?(?=\\s|$)`, "i").exec(prompt);
    if (match) return match[1] ?? "";
  }
  return undefined;
}

/** `--seed N` when it is a valid Midjourney seed (0..4294967295). */
export function readSeedFlag(prompt: string): number | undefined {
  const value = readFlag(prompt, ["seed", "sameseed"]);
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const seed = Number(value);
  return seed <= 4294967295 ? seed : undefined;
}

/**
 * Model family: "v5" when the prompt asks for --v 5.x or older (Upscale 2x/4x buttons),
 * else "v6" (Upscale Subtle/Creative), which is what Midjourney offers on current models.
 */
export function readModelFamily(prompt: string): "v5" | "v6" {
  const version = readFlag(prompt, ["v", "version"]);
  if (version === undefined || readFlag(prompt, ["niji"]) !== undefined) return "v6";
  const major = Number.parseFloat(version);
  return Number.isFinite(major) && major < 6 ? "v5" : "v6";
}

/** `--zoom z` for Custom Zoom: Midjourney accepts 1 < z <= 2. Undefined when absent or invalid. */
export function readZoomFlag(prompt: string): number | undefined {
  const value = readFlag(prompt, ["zoom"]);
  if (value === undefined) return undefined;
  const zoom = Number(value);
  return Number.isFinite(zoom) && zoom > 1 && zoom <= 2 ? zoom : undefined;
}
