// Midjourney's editor (TTAPI image-edits) works in fixed ratios: "1:1 1:2 2:1 2:3 3:2 3:4 4:3
// 9:16 16:9, others auto-adjusted" (docs.ttapi.io image-edits). The simulator picks the allowed
// ratio nearest to the input's (on a log scale, so 2:1 and 1:2 are equally far from 1:1).
import { tileSizeFor, type AspectRatio } from "./aspect-ratio";

export const EDIT_RATIOS: readonly AspectRatio[] = [
  { w: 1, h: 1 },
  { w: 1, h: 2 },
  { w: 2, h: 1 },
  { w: 2, h: 3 },
  { w: 3, h: 2 },
  { w: 3, h: 4 },
  { w: 4, h: 3 },
  { w: 9, h: 16 },
  { w: 16, h: 9 },
];

export function nearestEditRatio(width: number, height: number): AspectRatio {
  const target = Math.log(width / height);
  let best = EDIT_RATIOS[0];
  for (const ratio of EDIT_RATIOS) {
    if (Math.abs(Math.log(ratio.w / ratio.h) - target) < Math.abs(Math.log(best.w / best.h) - target)) best = ratio;
  }
  return best;
}

/** The grid tile size of an edit of a width×height picture. */
export function editTileSize(width: number, height: number): { width: number; height: number } {
  return tileSizeFor(nearestEditRatio(width, height));
}
