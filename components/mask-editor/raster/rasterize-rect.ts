// Rectangles: pixels whose centre lies in [min x, max x) × [min y, max y) (half-open, so two
// rectangles sharing an edge never overlap or leave a gap). A rectangle from (100, 50) to
// (200, 150) covers exactly pixels 100–199 × 50–149.
import type { RectStroke } from "../model/mask-stroke";
import type { DirtyRect, MaskBitmap } from "./mask-bitmap";
import { emptyDirty, fillRow, finishDirty, halfOpenRange } from "./pixel-rows";

export function rasterizeRect(bitmap: MaskBitmap, stroke: RectStroke): DirtyRect | null {
  const { x0, y0, x1, y1 } = stroke;
  if (!Number.isFinite(x0 + y0 + x1 + y1)) return null;
  const dirty = emptyDirty();
  const [i0, i1] = halfOpenRange(Math.min(x0, x1), Math.max(x0, x1));
  const [j0, j1] = halfOpenRange(Math.min(y0, y1), Math.max(y0, y1));
  const value = stroke.op === "add" ? 1 : 0;
  for (let j = Math.max(0, j0); j < Math.min(bitmap.height, j1); j++) fillRow(bitmap, j, i0, i1, value, dirty);
  return finishDirty(dirty);
}
