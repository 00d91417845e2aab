import { describe, expect, it } from "vitest";
import { createMaskBitmap } from "./mask-bitmap";
import { rasterizeRect } from "./rasterize-rect";
import { paintedBounds, paintedPixels } from "./test-helpers";

describe("rasterizeRect", () => {
  it("covers exactly the pixels whose centres lie inside, on a 16:9 image", () => {
    const bitmap = createMaskBitmap(320, 180);
    const dirty = rasterizeRect(bitmap, { kind: "rect", op: "add", x0: 100, y0: 50, x1: 200, y1: 150 });
    expect(paintedBounds(bitmap)).toEqual([100, 50, 200, 150]);
    expect(paintedPixels(bitmap)).toHaveLength(100 * 100);
    expect(dirty).toEqual({ x0: 100, y0: 50, x1: 200, y1: 150 });
  });

  it("decides fractional edges by pixel centres and accepts corners in any order", () => {
    const bitmap = createMaskBitmap(320, 180);
    // Centres 100.5 … 199.5 and 50.5 … 149.5 are inside; 99.5 and 200.5 are not.
    rasterizeRect(bitmap, { kind: "rect", op: "add", x0: 199.6, y0: 150.4, x1: 100.4, y1: 49.6 });
    expect(paintedBounds(bitmap)).toEqual([100, 50, 200, 150]);
  });

  it("treats a centre on the left/top edge as inside and on the right/bottom edge as outside", () => {
    const bitmap = createMaskBitmap(10, 10);
    rasterizeRect(bitmap, { kind: "rect", op: "add", x0: 2.5, y0: 2.5, x1: 4.5, y1: 4.5 });
    expect(paintedPixels(bitmap)).toEqual([
      [2, 2],
      [3, 2],
      [2, 3],
      [3, 3],
    ]);
  });

  it("clips to the image and ignores rectangles that cover no centre", () => {
    const bitmap = createMaskBitmap(16, 9);
    rasterizeRect(bitmap, { kind: "rect", op: "add", x0: -50, y0: -50, x1: 3, y1: 2 });
    expect(paintedBounds(bitmap)).toEqual([0, 0, 3, 2]);
    expect(rasterizeRect(createMaskBitmap(16, 9), { kind: "rect", op: "add", x0: 4.6, y0: 1, x1: 5.4, y1: 8 })).toBeNull();
    expect(rasterizeRect(createMaskBitmap(16, 9), { kind: "rect", op: "add", x0: 20, y0: 1, x1: 30, y1: 8 })).toBeNull();
  });

  it("subtract sets pixels back to keep", () => {
    const bitmap = createMaskBitmap(8, 8);
    bitmap.bits.fill(1);
    rasterizeRect(bitmap, { kind: "rect", op: "subtract", x0: 0, y0: 0, x1: 8, y1: 7 });
    expect(paintedBounds(bitmap)).toEqual([0, 7, 8, 8]);
  });
});
