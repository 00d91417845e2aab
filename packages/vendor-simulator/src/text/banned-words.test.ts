import { describe, expect, it } from "vitest";
import { BANNED_WORDS, findBannedWord } from "./banned-words";
import { readModelFamily, readSeedFlag, readZoomFlag } from "./read-prompt-flags";

describe("banned words", () => {
  it("matches whole words regardless of case", () => {
    expect(BANNED_WORDS).toEqual(expect.arrayContaining(["gore", "nsfw"]));
    expect(findBannedWord("A GORE fest")).toBe("gore");
    expect(findBannedWord("nsfw,cat")).toBe("nsfw");
    expect(findBannedWord("a gorgeous gorey sunset")).toBeNull();
  });
});

describe("prompt flags", () => {
  it("reads seed, model family and zoom", () => {
    expect(readSeedFlag("a cat --seed 42 --ar 1:1")).toBe(42);
    expect(readSeedFlag("a cat --seed nope")).toBeUndefined();
    expect(readModelFamily("a cat --v 5.2")).toBe("v5");
    expect(readModelFamily("a cat --v 6.1")).toBe("v6");
    expect(readModelFamily("a cat --niji 5")).toBe("v6");
    expect(readZoomFlag("a cat --zoom 1.8")).toBe(1.8);
    expect(readZoomFlag("a cat --zoom 3")).toBeUndefined();
  });
});
