import { describe, expect, it } from "vitest";
import { byteRange } from "./byte-range";

describe("byteRange", () => {
  it("reads open, closed and suffix ranges, clamped to the file", () => {
    expect(byteRange("bytes=0-", 1000)).toEqual({ start: 0, end: 999 });
    expect(byteRange("bytes=100-199", 1000)).toEqual({ start: 100, end: 199 });
    expect(byteRange("bytes=900-5000", 1000)).toEqual({ start: 900, end: 999 });
    expect(byteRange("bytes=-300", 1000)).toEqual({ start: 700, end: 999 });
    expect(byteRange("bytes=-3000", 1000)).toEqual({ start: 0, end: 999 });
  });

  it("answers the whole file to no range, a malformed one or several", () => {
    expect(byteRange(null, 1000)).toBeNull();
    expect(byteRange("bytes=-", 1000)).toBeNull();
    expect(byteRange("items=0-5", 1000)).toBeNull();
    expect(byteRange("bytes=0-5,10-20", 1000)).toBeNull();
  });

  it("refuses a range past the end or reversed", () => {
    expect(byteRange("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(byteRange("bytes=50-10", 1000)).toBe("unsatisfiable");
    expect(byteRange("bytes=-0", 1000)).toBe("unsatisfiable");
  });
});
