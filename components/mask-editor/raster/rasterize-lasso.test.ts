import { describe, expect, it } from "vitest";
import type { LassoStroke } from "../model/mask-stroke";
import { createMaskBitmap } from "./mask-bitmap";
import { rasterizeLasso } from "./rasterize-lasso";
import { rasterizeRect } from "./rasterize-rect";
import { paintedPixels, seededRandom, windingNumber } from "./test-helpers";

function lasso(points: number[]): LassoStroke {
  return { kind: "lasso", op: "add", points };
}

describe("rasterizeLasso", () => {
  it("a rectangular lasso paints exactly what the rectangle tool paints", () => {
    const a = createMaskBitmap(64, 36);
    const b = createMaskBitmap(64, 36);
    rasterizeLasso(a, lasso([10.2, 5.7, 40.6, 5.7, 40.6, 30.1, 10.2, 30.1]));
    rasterizeRect(b, { kind: "rect", op: "add", x0: 10.2, y0: 5.7, x1: 40.6, y1: 30.1 });
    // Columns 10–40 (centres 10.5 … 40.5), rows 6–29 (centres 6.5 … 29.5).
    expect(paintedPixels(a)).toHaveLength(31 * 24);
    expect(a.bits).toEqual(b.bits);
  });

  it("fills by the non-zero rule: a pentagram's centre and a loop drawn twice stay filled", () => {
    const star: number[] = [];
    for (let k = 0; k < 5; k++) {
      const angle = -Math.PI / 2 + (k * 4 * Math.PI) / 5;
      star.push(50 + 40 * Math.cos(angle), 50 + 40 * Math.sin(angle));
    }
    const bitmap = createMaskBitmap(100, 100);
    rasterizeLasso(bitmap, lasso(star));
    expect(bitmap.bits[50 * 100 + 50]).toBe(1);

    const twice = createMaskBitmap(40, 40);
    const square = [5, 5, 35, 5, 35, 35, 5, 35];
    rasterizeLasso(twice, lasso([...square, ...square]));
    expect(paintedPixels(twice)).toHaveLength(30 * 30);
  });

  it("matches the winding rule at every pixel centre on random polygons", () => {
    const random = seededRandom(11);
    for (let t = 0; t < 30; t++) {
      const n = 3 + Math.floor(random() * 9);
      const points = Array.from({ length: n * 2 }, (_, k) => (k % 2 === 0 ? random() * 70 - 5 : random() * 45 - 5));
      const bitmap = createMaskBitmap(64, 36);
      rasterizeLasso(bitmap, lasso(points));
      for (let j = 0; j < 36; j++) {
        for (let i = 0; i < 64; i++) {
          const expected = windingNumber(points, i + 0.5, j + 0.5) !== 0 ? 1 : 0;
          if (bitmap.bits[j * 64 + i] !== expected) throw new Error(`polygon ${t}: pixel (${i}, ${j}) is ${bitmap.bits[j * 64 + i]}, expected ${expected}`);
        }
      }
    }
  });

  it("ignores outlines without area", () => {
    expect(rasterizeLasso(createMaskBitmap(10, 10), lasso([1, 1, 8, 8]))).toBeNull();
    expect(rasterizeLasso(createMaskBitmap(10, 10), lasso([1, 1, 5, 1, 9, 1]))).toBeNull();
  });
});
