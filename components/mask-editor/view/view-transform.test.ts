import { describe, expect, it } from "vitest";
import { fitView, imageToScreen, panBy, pinchView, screenToImage, wheelZoomFactor, zoomAround, zoomLimits } from "./view-transform";

const close = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  expect(a.x).toBeCloseTo(b.x, 9);
  expect(a.y).toBeCloseTo(b.y, 9);
};

describe("view transform", () => {
  it("fits any aspect ratio inside the viewport, centred", () => {
    const viewport = { width: 1000, height: 700 };
    for (const [w, h] of [
      [1024, 1024],
      [1456, 816],
      [816, 1456],
      [896, 1344],
      [1344, 896],
    ]) {
      const v = fitView({ width: w, height: h }, viewport, 10);
      const topLeft = imageToScreen(v, { x: 0, y: 0 });
      const bottomRight = imageToScreen(v, { x: w, y: h });
      expect(topLeft.x).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(topLeft.y).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(bottomRight.x).toBeLessThanOrEqual(990 + 1e-9);
      expect(bottomRight.y).toBeLessThanOrEqual(690 + 1e-9);
      expect(topLeft.x + bottomRight.x).toBeCloseTo(1000, 9);
      expect(topLeft.y + bottomRight.y).toBeCloseTo(700, 9);
      expect(Math.min(topLeft.x, topLeft.y)).toBeCloseTo(10, 9);
    }
  });

  it("maps a 16:9 image's screen points back to its pixels (golden numbers)", () => {
    const v = fitView({ width: 1920, height: 1080 }, { width: 980, height: 560 }, 10);
    expect(v).toEqual({ scale: 0.5, x: 10, y: 10 });
    expect(screenToImage(v, { x: 10, y: 10 })).toEqual({ x: 0, y: 0 });
    expect(screenToImage(v, { x: 500, y: 300 })).toEqual({ x: 980, y: 580 });
  });

  it("wheel zoom keeps the image point under the pointer fixed", () => {
    const v0 = fitView({ width: 1920, height: 1080 }, { width: 980, height: 560 }, 10);
    const pointer = { x: 321, y: 123 };
    const before = screenToImage(v0, pointer);
    const v1 = zoomAround(v0, pointer, 3, zoomLimits(v0.scale));
    expect(v1.scale).toBeCloseTo(1.5, 12);
    close(screenToImage(v1, pointer), before);
    // After panning 40 px right, the same image point sits 40 px further right.
    close(screenToImage(panBy(v1, 40, -25), { x: pointer.x + 40, y: pointer.y - 25 }), before);
  });

  it("zoom is clamped between a quarter of fit and 32 screen px per image pixel", () => {
    const v0 = { scale: 0.5, x: 0, y: 0 };
    const limits = zoomLimits(0.5);
    expect(zoomAround(v0, { x: 0, y: 0 }, 1000, limits).scale).toBe(32);
    expect(zoomAround(v0, { x: 0, y: 0 }, 0.001, limits).scale).toBe(0.125);
  });

  it("a pinch follows the fingers: the point under them stays under them", () => {
    const v0 = { scale: 1, x: 0, y: 0 };
    const from = [
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ] as const;
    const to = [
      { x: 50, y: 150 },
      { x: 250, y: 150 },
    ] as const;
    const v1 = pinchView(v0, from, to, zoomLimits(1));
    expect(v1.scale).toBeCloseTo(2, 12);
    close(screenToImage(v1, { x: 150, y: 150 }), screenToImage(v0, { x: 150, y: 100 }));
    close(screenToImage(v1, to[0]), screenToImage(v0, from[0]));
  });

  it("turns wheel deltas into gentle zoom steps in both directions", () => {
    expect(wheelZoomFactor(-100, 0, false)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100, 0, false)).toBeLessThan(1);
    expect(wheelZoomFactor(3, 1, false)).toBeCloseTo(wheelZoomFactor(48, 0, false), 12);
    expect(wheelZoomFactor(-10, 0, true)).toBeGreaterThan(wheelZoomFactor(-10, 0, false));
  });
});
