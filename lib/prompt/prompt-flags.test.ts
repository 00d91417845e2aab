import { describe, expect, it } from "vitest";
import { buildPrompt, parsePrompt } from "./prompt-flags";

describe("prompt flags", () => {
  it("parses the common flags", () => {
    const { text, flags, errors } = parsePrompt("a red fox in snow --ar 16:9 --v 6.1 --s 250 --chaos 20 --q 2 --weird 5 --seed 42 --tile --no people, cars");
    expect(errors).toEqual([]);
    expect(text).toBe("a red fox in snow");
    expect(flags).toMatchObject({ ar: "16:9", version: "6.1", stylize: 250, chaos: 20, quality: 2, weird: 5, seed: 42, tile: true, no: "people, cars" });
  });

  it("round-trips through buildPrompt", () => {
    const prompt = "a cat --ar 2:3 --v 7 --stylize 100 --seed 7 --no dogs";
    const parsed = parsePrompt(prompt);
    expect(parsePrompt(buildPrompt(parsed.text, parsed.flags)).flags).toEqual(parsed.flags);
  });

  it("keeps unknown flags verbatim", () => {
    expect(parsePrompt("x --cref https://a.b/c.png --cw 50").flags.other).toEqual(["--cref https://a.b/c.png", "--cw 50"]);
  });

  it("reports out-of-range values in words", () => {
    const { errors } = parsePrompt("x --chaos 200 --ar 0:1 --quality 3 --seed -1");
    expect(errors).toEqual([
      "--chaos must be a whole number from 0 to 100",
      '--ar needs a ratio like 16:9 (got "0:1")',
      "--quality must be one of 0.25, 0.5, 1, 2, 4",
      "--seed must be a whole number from 0 to 4294967295",
    ]);
  });

  it("handles niji and Chinese text", () => {
    const { text, flags } = parsePrompt("一只可爱的猫 --niji 6 --ar 9:16");
    expect(text).toBe("一只可爱的猫");
    expect(flags.niji).toBe("6");
  });

  it("does not split on double dashes inside words", () => {
    expect(parsePrompt("a--b c").text).toBe("a--b c");
  });
});
