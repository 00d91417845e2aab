import { describe, expect, it } from "vitest";
import { imagineParamsSchema } from "./job-params";

describe("imagine params", () => {
  it("keeps references with their slot and source; jobs from before have none", () => {
    const params = imagineParamsSchema.parse({
      references: [
        { slot: "sref", imageId: "img1" },
        { slot: "oref", uploadKey: "uploads/u1/a.png" },
      ],
    });
    expect(params.references).toEqual([
      { slot: "sref", imageId: "img1" },
      { slot: "oref", uploadKey: "uploads/u1/a.png" },
    ]);
    expect(imagineParamsSchema.parse({ imageRefKeys: ["uploads/u/a.png"] }).references).toEqual([]);
  });

  it("refuses a reference that is both or neither a gallery image and an upload, or has no known slot", () => {
    expect(imagineParamsSchema.safeParse({ references: [{ slot: "sref" }] }).success).toBe(false);
    expect(imagineParamsSchema.safeParse({ references: [{ slot: "sref", imageId: "a", uploadKey: "uploads/u/a.png" }] }).success).toBe(false);
    expect(imagineParamsSchema.safeParse({ references: [{ slot: "xref", imageId: "a" }] }).success).toBe(false);
  });
});
