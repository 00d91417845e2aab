// Reference answers for the raster tests, straight from the written pixel rules (slow but obvious).
import type { MaskBitmap } from "./mask-bitmap";

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Non-zero winding number of the closed polygon around (px, py), half-open in y. */
export function windingNumber(points: readonly number[], px: number, py: number): number {
  const n = points.length >> 1;
  let w = 0;
  for (let k = 0; k < n; k++) {
    const m = (k + 1) % n;
    const [ax, ay, bx, by] = [points[2 * k], points[2 * k + 1], points[2 * m], points[2 * m + 1]];
    if (ay <= py && py < by && (bx - ax) * (py - ay) - (px - ax) * (by - ay) < 0) w += 1;
    else if (by <= py && py < ay && (bx - ax) * (py - ay) - (px - ax) * (by - ay) > 0) w -= 1;
  }
  return w;
}

/** Pixel indices (x, y) that are painted, for readable failure messages. */
export function paintedPixels(bitmap: MaskBitmap): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < bitmap.bits.length; i++) if (bitmap.bits[i]) out.push([i % bitmap.width, Math.floor(i / bitmap.width)]);
  return out;
}

/** The bounding box [x0, y0, x1, y1) of painted pixels, or null. */
export function paintedBounds(bitmap: MaskBitmap): [number, number, number, number] | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < bitmap.bits.length; i++) {
    if (!bitmap.bits[i]) continue;
    const x = i % bitmap.width;
    const y = Math.floor(i / bitmap.width);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
  }
  return x1 > x0 ? [x0, y0, x1, y1] : null;
}
