// Brush and eraser strokes: a pixel is painted when its centre lies within size/2 of the
// stroke's polyline (distance <= r, boundary included), i.e. a capsule per segment and a
// disc for a single tap. Each row is filled as one exact span: no anti-aliasing, no grey.
import type { BrushStroke } from "../model/mask-stroke";
import type { DirtyRect, MaskBitmap } from "./mask-bitmap";
import { closedRange, emptyDirty, fillRow, finishDirty } from "./pixel-rows";

/** lo <= c·x + d <= hi solved for x, as [from, to] (from > to when there is no solution). */
function solveLinear(c: number, d: number, lo: number, hi: number): [number, number] {
  if (c === 0) return d >= lo && d <= hi ? [-Infinity, Infinity] : [Infinity, -Infinity];
  const a = (lo - d) / c;
  const b = (hi - d) / c;
  return c > 0 ? [a, b] : [b, a];
}

/** Paints the capsule of radius r around segment A–B (a disc when A = B). */
export function fillCapsule(bitmap: MaskBitmap, ax: number, ay: number, bx: number, by: number, r: number, value: 0 | 1, dirty: DirtyRect): void {
  const r2 = r * r;
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  const ux = len > 0 ? dx / len : 0;
  const uy = len > 0 ? dy / len : 0;
  const [j0, j1] = closedRange(Math.min(ay, by) - r, Math.max(ay, by) + r);
  for (let j = Math.max(0, j0); j < Math.min(bitmap.height, j1); j++) {
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
      lo = Math.min(lo, bx - h);
      hi = Math.max(hi, bx + h);
    }
    if (len > 0) {
      // The swept rectangle: 0 <= along <= len and |across| <= r, both linear in x on this row.
      const [t0, t1] = solveLinear(ux, da * uy - ax * ux, 0, len);
      const [s0, s1] = solveLinear(-uy, da * ux + ax * uy, -r, r);
      const from = Math.max(t0, s0);
      const to = Math.min(t1, s1);
      if (from <= to) {
        lo = Math.min(lo, from);
        hi = Math.max(hi, to);
      }
    }
    if (lo > hi) continue;
    const [i0, i1] = closedRange(lo, hi);
    fillRow(bitmap, j, i0, i1, value, dirty);
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
