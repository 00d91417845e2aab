// Pixel-centre sampling shared by every shape. A pixel belongs to a shape when its centre
// (i + 0.5, j + 0.5) does, so an edge that passes exactly between two pixels decides cleanly
// and a shape drawn at any zoom maps to the same pixels.
import type { DirtyRect, MaskBitmap } from "./mask-bitmap";

/** Half-open rule (rectangles, lassos): centres with lo <= c < hi. Returns [first, end) indices. */
export function halfOpenRange(lo: number, hi: number): [number, number] {
  return [Math.ceil(lo - 0.5), Math.ceil(hi - 0.5)];
}

/** Closed rule (brush discs and capsules): centres with lo <= c <= hi. Returns [first, end) indices. */
export function closedRange(lo: number, hi: number): [number, number] {
  return [Math.ceil(lo - 0.5), Math.floor(hi - 0.5) + 1];
}

/** Writes `value` into pixels [i0, i1) of row j, clipped to the bitmap; grows `dirty`. */
export function fillRow(bitmap: MaskBitmap, j: number, i0: number, i1: number, value: 0 | 1, dirty: DirtyRect): void {
  const a = Math.max(0, i0);
  const b = Math.min(bitmap.width, i1);
  if (a >= b || j < 0 || j >= bitmap.height) return;
  const row = j * bitmap.width;
  bitmap.bits.fill(value, row + a, row + b);
  if (a < dirty.x0) dirty.x0 = a;
  if (b > dirty.x1) dirty.x1 = b;
  if (j < dirty.y0) dirty.y0 = j;
  if (j + 1 > dirty.y1) dirty.y1 = j + 1;
}

/** An empty dirty rect that any fillRow grows. */
export function emptyDirty(): DirtyRect {
  return { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
}

export function finishDirty(dirty: DirtyRect): DirtyRect | null {
  return dirty.x1 > dirty.x0 && dirty.y1 > dirty.y0 ? dirty : null;
}
