// Brush and eraser strokes: a pixel is painted when its centre lies within size/2 of the
// stroke's polyline (distance <= r, boundary included), i.e. a capsule per segment and a
// disc for a single tap. Each row is filled as one exact span: no anti-aliasing, no grey.
import type { BrushStroke } from "../model/mask-stroke";
import type { DirtyRect, MaskBitmap } from "./mask-bitmap";
import { emptyDirty, fillRow, finishDirty } from "./pixel-rows";

/** Paints the capsule of radius r around segment A–B (a disc when A = B). Runs per row, so no allocations. */
export function fillCapsule(bitmap: MaskBitmap, ax: number, ay: number, bx: number, by: number, r: number, value: 0 | 1, dirty: DirtyRect): void {
  const r2 = r * r;
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  const ux = len > 0 ? dx / len : 0;
  const uy = len > 0 ? dy / len : 0;
  const j0 = Math.max(0, Math.ceil(Math.min(ay, by) - r - 0.5));
  const j1 = Math.min(bitmap.height, Math.floor(Math.max(ay, by) + r - 0.5) + 1);
  for (let j = j0; j < j1; j++) {
    const yc = j + 0.5;
    let lo = Infinity;
    let hi = -Infinity;
    const da = yc - ay;
    if (da * da <= r2) {
      const h = Math.sqrt(r2 - da * da);
      lo = ax - h;
      hi = ax + h;
    }
    const db = yc - by;
    if (db * db <= r2) {
      const h = Math.sqrt(r2 - db * db);
      if (bx - h < lo) lo = bx - h;
      if (bx + h > hi) hi = bx + h;
    }
    if (len > 0) {
      // The swept rectangle: 0 <= along <= len and |across| <= r, both linear in x on this row:
      // along = x·ux + (da·uy − ax·ux), across = −x·uy + (da·ux + ax·uy).
      let from = -Infinity;
      let to = Infinity;
      const dt = da * uy - ax * ux;
      if (ux !== 0) {
        const t0 = -dt / ux;
        const t1 = (len - dt) / ux;
        from = ux > 0 ? t0 : t1;
        to = ux > 0 ? t1 : t0;
      } else if (dt < 0 || dt > len) to = -Infinity;
      const ds = da * ux + ax * uy;
      if (uy !== 0) {
        const s0 = (ds + r) / uy;
        const s1 = (ds - r) / uy;
        // −x·uy + ds ∈ [−r, r]  ⇔  x ∈ [(ds − r)/uy, (ds + r)/uy] for uy > 0, swapped for uy < 0.
        const sFrom = uy > 0 ? s1 : s0;
        const sTo = uy > 0 ? s0 : s1;
        if (sFrom > from) from = sFrom;
        if (sTo < to) to = sTo;
      } else if (ds < -r || ds > r) to = -Infinity;
      if (from <= to) {
        if (from < lo) lo = from;
        if (to > hi) hi = to;
      }
    }
    if (lo > hi) continue;
    fillRow(bitmap, j, Math.ceil(lo - 0.5), Math.floor(hi - 0.5) + 1, value, dirty);
  }
}

/**
 * Paints a brush stroke, or only its part from point `fromPoint` on: a stroke being drawn is
 * rasterized a segment at a time, and the union of its capsules is the same either way.
 */
export function rasterizeBrush(bitmap: MaskBitmap, stroke: BrushStroke, fromPoint = 0): DirtyRect | null {
  const dirty = emptyDirty();
  const p = stroke.points;
  const n = p.length >> 1;
  const r = stroke.size / 2;
  const value = stroke.op === "add" ? 1 : 0;
  if (n === 0 || !(r > 0)) return null;
  if (n === 1) {
    if (fromPoint === 0 && Number.isFinite(p[0]) && Number.isFinite(p[1])) fillCapsule(bitmap, p[0], p[1], p[0], p[1], r, value, dirty);
    return finishDirty(dirty);
  }
  for (let k = Math.max(1, fromPoint); k < n; k++) {
    const ax = p[2 * k - 2];
    const ay = p[2 * k - 1];
    const bx = p[2 * k];
    const by = p[2 * k + 1];
    if (Number.isFinite(ax + ay + bx + by)) fillCapsule(bitmap, ax, ay, bx, by, r, value, dirty);
  }
  return finishDirty(dirty);
}
