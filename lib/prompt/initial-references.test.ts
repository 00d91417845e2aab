import { describe, expect, it } from "vitest";
import { initialReferences } from "./initial-references";

describe("the Create page's reference links", () => {
  it("turns ?sref=, ?oref=, ?cref= and ?image= into gallery references, dropping repeats and what is not an id", () => {
    expect(initialReferences({ sref: ["a1", "a1", "b2"], oref: "c3", image: "../x", prompt: "a cat" })).toEqual([
      { slot: "sref", imageId: "a1" },
      { slot: "sref", imageId: "b2" },
      { slot: "oref", imageId: "c3" },
    ]);
    expect(initialReferences({ image: "d4" })).toEqual([{ slot: "image", imageId: "d4" }]);
    expect(initialReferences({})).toEqual([]);
  });
});
