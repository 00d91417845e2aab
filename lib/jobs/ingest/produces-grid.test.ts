import { describe, expect, it } from "vitest";
import { jobOutput, producesGrid } from "./produces-grid";

describe("what a job produces", () => {
  it.each([
    ["IMAGINE", null],
    ["BLEND", null],
    ["INPAINT", "vary_region"],
    ["INPAINT", null],
    ["ACTION", "variation:1"],
    ["ACTION", "variation:4"],
    ["ACTION", "reroll"],
    ["ACTION", "vary:subtle"],
    ["ACTION", "vary:strong"],
    ["ACTION", "zoom:1.5"],
    ["ACTION", "zoom:2"],
    ["ACTION", "zoom:custom"],
    ["ACTION", "pan:left"],
    ["ACTION", "pan:right"],
    ["ACTION", "pan:up"],
    ["ACTION", "pan:down"],
    ["ACTION", "make_square"],
    ["ACTION", "vary_region"],
    ["ACTION", "inpaint"],
    ["EDIT", "edit"],
    ["EDIT", "retexture"],
    ["imagine", null],
  ])("%s %s makes a grid", (kind, action) => {
    expect(producesGrid(kind, action)).toBe(true);
    expect(jobOutput(kind, action)).toBe("GRID");
  });

  it.each([
    ["ACTION", "upscale:1"],
    ["ACTION", "upscale:4"],
    ["ACTION", "upscale:subtle"],
    ["ACTION", "upscale:creative"],
    ["ACTION", "upscale:2x"],
    ["ACTION", "upscale:4x"],
    ["ACTION", "redo_upscale:subtle"],
    ["ACTION", "redo_upscale:creative"],
    ["ACTION", "redo_upscale:2x"],
    ["ACTION", "redo_upscale:4x"],
    ["FACESWAP", null],
  ])("%s %s makes one image", (kind, action) => {
    expect(producesGrid(kind, action)).toBe(false);
    expect(jobOutput(kind, action)).toBe("SINGLE");
  });

  it.each([
    ["DESCRIBE", null],
    ["SHORTEN", null],
    ["DESCRIBE", "upscale:1"],
  ])("%s %s makes no image", (kind, action) => {
    expect(producesGrid(kind, action)).toBe(false);
    expect(jobOutput(kind, action)).toBe("NONE");
  });

  it("keeps an unknown action's image whole instead of inventing tiles", () => {
    expect(jobOutput("ACTION", "upscale:5")).toBe("SINGLE");
    expect(jobOutput("ACTION", "variation:5")).toBe("SINGLE");
    expect(jobOutput("ACTION", null)).toBe("SINGLE");
  });
});
