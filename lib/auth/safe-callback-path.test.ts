import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

// What a browser makes of a Location header or router target: the WHATWG URL parser (it
// drops tabs and newlines and reads "\" as "/").
const ORIGIN = "https://studio.example";
const landsOn = (path: string) => new URL(path, ORIGIN).origin;

describe("[H11.10] the sign-in callback only leads to a page of this studio", () => {
  it.each([
    "/\\evil.com",
    "/%09/evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "/\\/evil.com",
    "//evil.com",
    "/%2F%2Fevil.com",
    "/%2fevil.com",
    "/%5Cevil.com",
    "https://evil.com/",
    "javascript:alert(1)",
    " /evil",
    "/\u0000x",
  ])("refuses %j", (value) => {
    const path = safeCallbackPath(value);
    expect(path).toBe("/");
    expect(landsOn(path)).toBe(ORIGIN);
  });

  it.each([
    ["/", "/"],
    ["/gallery", "/gallery"],
    ["/jobs/abc?tab=lineage#top", "/jobs/abc?tab=lineage#top"],
    ["/gallery?q=%E7%8C%AB", "/gallery?q=%E7%8C%AB"],
  ])("keeps the studio path %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it("takes the first of repeated values and defaults to the start page", () => {
    expect(safeCallbackPath(["/gallery", "//evil.com"])).toBe("/gallery");
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath("")).toBe("/");
  });
});
