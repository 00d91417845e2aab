// The studio's action vocabulary: one key per Midjourney follow-up, with the button name
// Midjourney itself shows. Both adapters map their vendor's names onto these keys, so the UI
// and the job engine never see a TTAPI action name or a midjourney-proxy customId shape.
import type { ActionKey } from "./types";

const FIXED_LABELS: Record<string, string> = {
  reroll: "Reroll",
  "vary:subtle": "Vary (Subtle)",
  "vary:strong": "Vary (Strong)",
  vary_region: "Vary (Region)",
  "upscale:subtle": "Upscale (Subtle)",
  "upscale:creative": "Upscale (Creative)",
  "upscale:2x": "Upscale (2x)",
  "upscale:4x": "Upscale (4x)",
  "redo_upscale:subtle": "Redo Upscale (Subtle)",
  "redo_upscale:creative": "Redo Upscale (Creative)",
  "redo_upscale:2x": "Redo Upscale (2x)",
  "redo_upscale:4x": "Redo Upscale (4x)",
  "zoom:2": "Zoom Out 2x",
  "zoom:1.5": "Zoom Out 1.5x",
  "zoom:custom": "Custom Zoom",
  "pan:left": "Pan Left",
  "pan:right": "Pan Right",
  "pan:up": "Pan Up",
  "pan:down": "Pan Down",
  make_square: "Make Square",
  // Video (midjourney-proxy buttons MJ::JOB::animate_{low|high}::1::…::SOLO on upscales, and
  // MJ::JOB::animate_{low|high}_extend::1::… on finished videos).
  "animate:low": "Animate (Low motion)",
  "animate:high": "Animate (High motion)",
  "extend:low": "Extend (Low motion)",
  "extend:high": "Extend (High motion)",
};

/** Midjourney's button name for a key ("U1", "V3", "Zoom Out 2x" ...); undefined for unknown keys. */
export function actionLabel(key: ActionKey): string | undefined {
  const tile = /^(upscale|variation):([1-4])$/.exec(key);
  if (tile) return `${tile[1] === "upscale" ? "U" : "V"}${tile[2]}`;
  // MJ::JOB::video_virtual_upscale::{i}::… on a finished video: pick one clip of the batch.
  const clip = /^video_upscale:([1-4])$/.exec(key);
  if (clip) return `Clip ${clip[1]}`;
  return FIXED_LABELS[key];
}

/**
 * Follow-ups whose Midjourney dialog takes a prompt when Remix is on: V1-V4, Vary (Subtle /
 * Strong), the pans and Reroll (trueai TaskService.cs:1965-1969 parks these in MODAL; low/high_variation are VARIATION tasks).
 */
export function isRemixAction(key: ActionKey): boolean {
  return /^(variation:[1-4]|reroll|vary:(subtle|strong)|pan:(left|right|up|down))$/.test(key);
}

/** Keys whose follow-up asks for more input (a mask or a prompt) before the vendor runs it. */
export const ACTIONS_NEEDING_INPUT: readonly ActionKey[] = ["vary_region", "zoom:custom"];

/** Video buttons (animate, extend, a clip's virtual upscale): the studio runs them through its Animate and Extend panels. */
export function isVideoButton(key: ActionKey): boolean {
  return /^(animate:(low|high)|extend:(low|high)|video_upscale:[1-4])$/.test(key);
}
