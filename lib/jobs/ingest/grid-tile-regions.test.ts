import { describe, expect, it } from "vitest";
import { gridTileRegions } from "./grid-tile-regions";

function coverage(width: number, height: number): number[] {
  const hits = new Array<number>(width * height).fill(0);
  for (const r of gridTileRegions(width, height)) {
    for (let y = r.top; y < r.top + r.height; y++) for (let x = r.left; x < r.left + r.width; x++) hits[y * width + x]++;
  }
  return hits;
}

describe("grid tile regions", () => {
  it("cuts an even grid into four equal quadrants in U1..U4 order", () => {
    expect(gridTileRegions(2048, 2048)).toEqual([
      { index: 1, left: 0, top: 0, width: 1024, height: 1024 },
      { index: 2, left: 1024, top: 0, width: 1024, height: 1024 },
      { index: 3, left: 0, top: 1024, width: 1024, height: 1024 },
      { index: 4, left: 1024, top: 1024, width: 1024, height: 1024 },
    ]);
  });

  it.each([
    [2048, 1152],
    [7, 5],
    [2, 2],
  ])("covers a %i×%i grid exactly once", (w, h) => {
    expect(coverage(w, h).every((n) => n === 1)).toBe(true);
  });

  it("refuses a grid too small to split", () => {
    expect(() => gridTileRegions(1, 10)).toThrow(RangeError);
    expect(() => gridTileRegions(10.5, 10)).toThrow(RangeError);
  });
});
