import { describe, expect, it } from "vitest";
import { EDIT_ASPECT_RATIOS } from "@/lib/domain/image-edit";
import { nearestAspect } from "./nearest-aspect";

describe("the nearest aspect-ratio name", () => {
  it("names common sizes", () => {
    expect(nearestAspect(1456, 816)).toBe("16:9");
    expect(nearestAspect(1024, 1024)).toBe("1:1");
  });

  it("picks among a given list: edits allow only Midjourney's nine ratios", () => {
    expect(nearestAspect(2100, 900, EDIT_ASPECT_RATIOS)).toBe("2:1"); // 21:9 is not allowed for edits
    expect(nearestAspect(1000, 1250, EDIT_ASPECT_RATIOS)).toBe("3:4"); // nor 4:5
    expect(nearestAspect(900, 1600, EDIT_ASPECT_RATIOS)).toBe("9:16");
    expect(nearestAspect(0, 10, EDIT_ASPECT_RATIOS)).toBe("1:1");
  });
});
