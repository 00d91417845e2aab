import { describe, expect, it } from "vitest";
import type { BrushStroke } from "../model/mask-stroke";
import { createMaskBitmap } from "./mask-bitmap";
import { rasterizeBrush } from "./rasterize-brush";
import { distanceToSegment, paintedBounds, paintedPixels, seededRandom } from "./test-helpers";

/** Painted by the written rule: centre within size/2 of some segment (or of the single point). */
function reference(width: number, height: number, stroke: BrushStroke): Uint8Array {
  const out = new Uint8Array(width * height);
  const p = stroke.points;
  const r = stroke.size / 2;
  const n = p.length / 2;
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      for (let k = 0; k < Math.max(1, n - 1); k++) {
        const b = n === 1 ? 0 : k + 1;
        if (distanceToSegment(i + 0.5, j + 0.5, p[2 * k], p[2 * k + 1], p[2 * b], p[2 * b + 1]) <= r) {
          out[j * width + i] = 1;
          break;
        }
      }
    }
  }
  return out;
}

function mismatches(width: number, stroke: BrushStroke, actual: Uint8Array, expected: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] === expected[i]) continue;
    const [x, y] = [(i % width) + 0.5, Math.floor(i / width) + 0.5];
    // Only a centre sitting on the boundary to within float error may differ.
    const p = stroke.points;
    let d = Infinity;
    for (let k = 0; k + 3 < p.length || k === 0; k += 2) d = Math.min(d, distanceToSegment(x, y, p[k], p[k + 1], p[k + 2] ?? p[k], p[k + 3] ?? p[k + 1]));
    if (Math.abs(d - stroke.size / 2) > 1e-9) out.push(`(${x - 0.5}, ${y - 0.5}) d=${d}`);
  }
  return out;
}

describe("rasterizeBrush", () => {
  it("a tap paints the disc of pixel centres within size/2", () => {
    const bitmap = createMaskBitmap(21, 21);
    rasterizeBrush(bitmap, { kind: "brush", op: "add", size: 5, points: [10.5, 10.5] });
    // |dx|,|dy| <= 2 except the four corners (distance √8 > 2.5).
    expect(paintedPixels(bitmap)).toHaveLength(21);
    expect(paintedBounds(bitmap)).toEqual([8, 8, 13, 13]);
  });

  it("a horizontal stroke is a capsule with round caps", () => {
    const bitmap = createMaskBitmap(64, 40);
    rasterizeBrush(bitmap, { kind: "brush", op: "add", size: 10, points: [10, 20, 50, 20] });
    expect(paintedBounds(bitmap)).toEqual([5, 15, 55, 25]);
    // Row 15 (centre 4.5 above) only reaches sqrt(25 − 20.25) ≈ 2.18 beyond the ends.
    const row = Array.from(bitmap.bits.subarray(15 * 64, 16 * 64));
    expect(row.indexOf(1)).toBe(8);
    expect(row.lastIndexOf(1)).toBe(51);
  });

  it("matches the distance rule pixel for pixel on random strokes", () => {
    const random = seededRandom(7);
    for (let t = 0; t < 40; t++) {
      const [width, height] = [48, 27];
      const n = 1 + Math.floor(random() * 6);
      const points = Array.from({ length: n * 2 }, (_, k) => (k % 2 === 0 ? random() * 60 - 6 : random() * 35 - 4));
      const stroke: BrushStroke = { kind: "brush", op: "add", size: 0.5 + random() * 14, points };
      const bitmap = createMaskBitmap(width, height);
      rasterizeBrush(bitmap, stroke);
      expect(mismatches(width, stroke, bitmap.bits, reference(width, height, stroke))).toEqual([]);
    }
  });

  it("drawing segment by segment paints the same pixels as the finished stroke", () => {
    const points = [3.2, 4.1, 30.7, 12.2, 12.5, 25.9, 40.1, 26.3, 41, 2];
    const whole = createMaskBitmap(48, 30);
    rasterizeBrush(whole, { kind: "brush", op: "add", size: 6, points });
    const live = createMaskBitmap(48, 30);
    for (let n = 1; n <= points.length / 2; n++) rasterizeBrush(live, { kind: "brush", op: "add", size: 6, points: points.slice(0, 2 * n) }, n - 1);
    expect(live.bits).toEqual(whole.bits);
  });

  it("an eraser stroke sets pixels to keep and reports what it touched", () => {
    const bitmap = createMaskBitmap(20, 20);
    bitmap.bits.fill(1);
    const dirty = rasterizeBrush(bitmap, { kind: "brush", op: "subtract", size: 4, points: [0, 10, 20, 10] });
    expect(dirty).toEqual({ x0: 0, y0: 8, x1: 20, y1: 12 });
    expect(paintedPixels(bitmap)).toHaveLength(20 * 16);
  });
});
