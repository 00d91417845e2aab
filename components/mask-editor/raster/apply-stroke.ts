// One stroke applied on top of the mask so far. The editor calls this for each new stroke
// (incremental preview) and rasterizeMask folds it over the whole list (export).
import type { MaskStroke } from "../model/mask-stroke";
import type { DirtyRect, MaskBitmap } from "./mask-bitmap";
import { rasterizeBrush } from "./rasterize-brush";
import { rasterizeLasso } from "./rasterize-lasso";
import { rasterizeRect } from "./rasterize-rect";

function invert(bitmap: MaskBitmap): DirtyRect {
  const { bits } = bitmap;
  for (let i = 0; i < bits.length; i++) bits[i] ^= 1;
  return { x0: 0, y0: 0, x1: bitmap.width, y1: bitmap.height };
}

export function applyStroke(bitmap: MaskBitmap, stroke: MaskStroke): DirtyRect | null {
  switch (stroke.kind) {
    case "brush":
      return rasterizeBrush(bitmap, stroke);
    case "rect":
      return rasterizeRect(bitmap, stroke);
    case "lasso":
      return rasterizeLasso(bitmap, stroke);
    case "invert":
      return invert(bitmap);
  }
}
