import { describe, expect, it } from "vitest";
import { etagMatches } from "./etag-matches";

describe("If-None-Match", () => {
  const etag = '"abc123"';
  it.each([
    ['"abc123"', true],
    ['W/"abc123"', true],
    ['"zzz", "abc123"', true],
    ["*", true],
    ['"abc12"', false],
    ["abc123", false],
    ["", false],
    [null, false],
  ])("%j matches: %s", (header, expected) => {
    expect(etagMatches(header, etag)).toBe(expected);
  });
});
