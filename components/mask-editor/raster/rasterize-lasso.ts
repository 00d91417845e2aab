// Lassos: the closed polygon through the points, filled with the NON-ZERO winding rule, so
// a loop drawn twice around the same area or crossing itself stays filled (even-odd would
// punch holes a painter did not mean). Rows are sampled at pixel centres with the half-open
// rule: an edge counts on row j when its y range [top, bottom) contains j + 0.5, and a span
// covers centres with left <= x < right — so lassos and rectangles agree on shared edges.
import type { LassoStroke } from "../model/mask-stroke";
import type { DirtyRect, MaskBitmap } from "./mask-bitmap";
import { emptyDirty, fillRow, finishDirty, halfOpenRange } from "./pixel-rows";

interface Edge {
  /** First and end (exclusive) row whose centre the edge crosses. */
  j0: number;
  j1: number;
  /** x at y = 0 and dx/dy, so x(y) = x0 + slope · y. */
  x0: number;
  slope: number;
  winding: 1 | -1;
}

function buildEdges(points: readonly number[]): Edge[] {
  const n = points.length >> 1;
  const edges: Edge[] = [];
  for (let k = 0; k < n; k++) {
    const ax = points[2 * k];
    const ay = points[2 * k + 1];
    const m = (k + 1) % n;
    const bx = points[2 * m];
    const by = points[2 * m + 1];
    if (ay === by || !Number.isFinite(ax + ay + bx + by)) continue;
    const [j0, j1] = halfOpenRange(Math.min(ay, by), Math.max(ay, by));
    if (j0 >= j1) continue;
    const slope = (bx - ax) / (by - ay);
    edges.push({ j0, j1, x0: ax - slope * ay, slope, winding: by > ay ? 1 : -1 });
  }
  return edges.sort((a, b) => a.j0 - b.j0);
}

export function rasterizeLasso(bitmap: MaskBitmap, stroke: LassoStroke): DirtyRect | null {
  const edges = buildEdges(stroke.points);
  const dirty = emptyDirty();
  if (edges.length < 2) return null;
  const value = stroke.op === "add" ? 1 : 0;
  const lastRow = Math.min(bitmap.height, Math.max(...edges.map((e) => e.j1)));
  let next = 0;
  let active: Edge[] = [];
  const xs: { x: number; w: number }[] = [];
  for (let j = Math.max(0, edges[0].j0); j < lastRow; j++) {
    while (next < edges.length && edges[next].j0 <= j) active.push(edges[next++]);
    active = active.filter((e) => e.j1 > j);
    if (active.length < 2) continue;
    const yc = j + 0.5;
    xs.length = 0;
    for (const e of active) xs.push({ x: e.x0 + e.slope * yc, w: e.winding });
    xs.sort((a, b) => a.x - b.x);
    let winding = 0;
    for (let k = 0; k < xs.length - 1; k++) {
      winding += xs[k].w;
      if (winding === 0) continue;
      const [i0, i1] = halfOpenRange(xs[k].x, xs[k + 1].x);
      fillRow(bitmap, j, i0, i1, value, dirty);
    }
  }
  return finishDirty(dirty);
}
