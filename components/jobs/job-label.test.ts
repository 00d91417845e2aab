import { describe, expect, it } from "vitest";
import { aspectOf, coverImage, jobTitle, promptText } from "./job-label";

const image = (kind: "GRID" | "TILE" | "UPSCALE" | "VIDEO", index = 0) => ({
  id: `${kind}${index}`,
  kind,
  index,
  width: 1,
  height: 1,
  thumbUrl: "",
  fullUrl: "",
  downloadUrl: "",
});

describe("job labels", () => {
  it("names jobs as Midjourney does", () => {
    expect(jobTitle({ kind: "IMAGINE", action: null })).toBe("Imagine");
    expect(jobTitle({ kind: "ACTION", action: "upscale:2" })).toBe("Upscale U2");
    expect(jobTitle({ kind: "ACTION", action: "variation:1" })).toBe("Variation V1");
    expect(jobTitle({ kind: "ACTION", action: "zoom:2" })).toBe("Zoom Out 2x");
    expect(jobTitle({ kind: "ACTION", action: "pan:left" })).toBe("Pan Left");
    expect(jobTitle({ kind: "INPAINT", action: "vary_region" })).toBe("Vary (Region)");
    expect(jobTitle({ kind: "VIDEO", action: null })).toBe("Animate");
    expect(jobTitle({ kind: "VIDEO", action: "extend" })).toBe("Extend");
    expect(jobTitle({ kind: "EDIT", action: "edit" })).toBe("Edit");
    expect(jobTitle({ kind: "EDIT", action: "retexture" })).toBe("Retexture");
  });

  it("picks the upscale, then the grid, as the cover", () => {
    expect(coverImage([image("TILE", 1), image("GRID")])?.kind).toBe("GRID");
    expect(coverImage([image("UPSCALE")])?.kind).toBe("UPSCALE");
    expect(coverImage([])).toBeUndefined();
    expect(coverImage([image("VIDEO", 2), image("VIDEO", 1)])?.index).toBe(1);
  });

  it("reserves the prompt's aspect ratio until the size is known", () => {
    expect(aspectOf({ width: null, height: null, aspectRatio: "16:9" })).toBeCloseTo(16 / 9);
    expect(aspectOf({ width: 200, height: 100, aspectRatio: "1:1" })).toBe(2);
  });

  it("strips flags from the prompt", () => {
    expect(promptText("一只红狐狸 --ar 16:9 --v 7")).toBe("一只红狐狸");
  });
});
