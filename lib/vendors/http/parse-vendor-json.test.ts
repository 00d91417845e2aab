import { describe, expect, it } from "vitest";
import { fixtureText } from "../fixtures/read-fixture";
import { parseVendorJson } from "./parse-vendor-json";

describe("vendor JSON parsing", () => {
  it("keeps long numeric ids exact as strings", () => {
    expect(parseVendorJson('{"result": 17281324658687123, "n": 12, "f": 1.5, "neg": -3}')).toEqual({ result: "17281324658687123", n: 12, f: 1.5, neg: -3 });
    expect((parseVendorJson(fixtureText("mjproxy-submit-success.json")) as { result: unknown }).result).toBe("1320098173412546");
  });

  it("never touches digits inside strings", () => {
    expect(parseVendorJson('{"prompt": "seed: 12345678901234567, \\"q\\" 1234567890123456789"}')).toEqual({
      prompt: 'seed: 12345678901234567, "q" 1234567890123456789',
    });
  });

  it("says undefined for what is not JSON", () => {
    expect(parseVendorJson("")).toBeUndefined();
    expect(parseVendorJson("<html>")).toBeUndefined();
    expect(parseVendorJson("null")).toBeNull();
  });
});
