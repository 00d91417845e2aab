import { describe, expect, it } from "vitest";
import { actionCostsSchema, costKindOf, DEFAULT_ACTION_COSTS, jobCost, parseActionCosts } from "./job-cost";

describe("job cost", () => {
  it("prices every kind of job, follow-ups by their action", () => {
    expect(
      [
        ["IMAGINE", null],
        ["ACTION", "reroll"],
        ["ACTION", "upscale:2"],
        ["ACTION", "upscale:creative"],
        ["ACTION", "redo_upscale:2x"],
        ["ACTION", "variation:3"],
        ["ACTION", "vary:subtle"],
        ["ACTION", "zoom:custom"],
        ["ACTION", "make_square"],
        ["ACTION", "pan:left"],
        ["INPAINT", "vary_region"],
        ["BLEND", null],
        ["DESCRIBE", null],
        ["SHORTEN", null],
        ["FACESWAP", null],
        ["ACTION", "something:new"],
      ].map(([kind, action]) => costKindOf(kind!, action)),
    ).toEqual([
      "imagine",
      "imagine",
      "upscale",
      "upscale",
      "upscale",
      "variation",
      "vary",
      "zoom",
      "zoom",
      "pan",
      "vary_region",
      "blend",
      "describe",
      "shorten",
      "face_swap",
      "imagine",
    ]);
  });

  it("uses the connection's price where it sets one, else the default", () => {
    const costs = parseActionCosts(JSON.stringify({ imagine: 0.1, upscale: 0 }));
    expect(jobCost("IMAGINE", null, costs)).toBe(0.1);
    expect(jobCost("ACTION", "upscale:1", costs)).toBe(0);
    expect(jobCost("DESCRIBE", null, costs)).toBe(DEFAULT_ACTION_COSTS.describe);
  });

  it("ignores stored prices it cannot read, and refuses bad ones from an admin", () => {
    expect(parseActionCosts("not json")).toEqual({});
    expect(parseActionCosts(JSON.stringify({ imagine: -1 }))).toEqual({});
    expect(actionCostsSchema.safeParse({ imagine: -1 }).error?.issues[0].message).toBe("The cost of Imagine (and reroll) must be 0 or more.");
    expect(actionCostsSchema.safeParse({ teleport: 1 }).success).toBe(false);
  });
});
