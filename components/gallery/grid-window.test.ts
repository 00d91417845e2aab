import { describe, expect, it } from "vitest";
import { gridColumns, gridWindow } from "./grid-window";

describe("grid window", () => {
  it("counts columns as CSS auto-fill does", () => {
    expect(gridColumns(1000, 180, 8)).toBe(5);
    expect(gridColumns(370, 180, 8)).toBe(2);
    expect(gridColumns(100, 180, 8)).toBe(1);
  });

  it("renders only the rows near the viewport, with padding for the rest", () => {
    // 5 columns of 193.6 px (+8 gap) = 201.6 px rows; 10,000 items = 2,000 rows.
    const w = gridWindow(10_000, 1000, -20_160, 900, 180, 8, 2);
    expect(w.columns).toBe(5);
    expect(w.start).toBe(98 * 5);
    expect(w.end - w.start).toBeLessThanOrEqual(10 * 5);
    expect(w.padTop + ((w.end - w.start) / 5) * w.rowHeight + w.padBottom).toBeCloseTo(2000 * w.rowHeight);
  });

  it("starts at the top before scrolling and stays in range at the end", () => {
    expect(gridWindow(12, 1000, 300, 900, 180, 8).start).toBe(0);
    const end = gridWindow(12, 1000, -50_000, 900, 180, 8);
    expect(end.end).toBeLessThanOrEqual(12);
    expect(end.start).toBeLessThan(end.end);
  });
});
