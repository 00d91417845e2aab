// Aspect ratios from `--ar W:H` (or TTAPI's `aspect` field) to tile sizes in whole pixels.
import { readFlag } from "../text/read-prompt-flags";
import { TILE_LONG_SIDE } from "./image-limits";

export interface AspectRatio {
  w: number;
  h: number;
}

/** "16:9" → { w: 16, h: 9 }; undefined for anything else. */
export function parseAspectRatio(text: string | undefined): AspectRatio | undefined {
  const match = text ? /^\s*(\d{1,5})\s*:\s*(\d{1,5})\s*$/.exec(text) : null;
  if (!match) return undefined;
  const w = Number(match[1]);
  const h = Number(match[2]);
  return w > 0 && h > 0 ? { w, h } : undefined;
}

/** The prompt's --ar/--aspect, else the fallback, else 1:1. */
export function aspectFromPrompt(prompt: string, fallback?: string): AspectRatio {
  return parseAspectRatio(readFlag(prompt, ["ar", "aspect"])) ?? parseAspectRatio(fallback) ?? { w: 1, h: 1 };
}

/**
 * The tile size for an aspect ratio: the long side is TILE_LONG_SIDE and the short side is
 * rounded to a whole pixel. Ratios beyond 4:1 are clamped, as Midjourney limits them too.
 */
export function tileSizeFor(aspect: AspectRatio, longSide = TILE_LONG_SIDE): { width: number; height: number } {
  const ratio = Math.min(4, Math.max(0.25, aspect.w / aspect.h));
  if (ratio >= 1) return { width: longSide, height: Math.max(1, Math.round(longSide / ratio)) };
  return { width: Math.max(1, Math.round(longSide * ratio)), height: longSide };
}

/** "W:H" reduced by the greatest common divisor, as Midjourney prints it in describe prompts. */
export function formatAspect(width: number, height: number): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(width, height) || 1;
  return `${width / d}:${height / d}`;
}
