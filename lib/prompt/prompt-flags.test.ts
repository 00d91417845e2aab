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
    expect(parsePrompt("x --iw 2 --stop 50").flags.other).toEqual(["--iw 2", "--stop 50"]);
  });

  it("parses the reference flags and the 2026 model switches", () => {
    const prompt =
      "a cat --sref https://a.b/c.png::2 123 random --sw 200 --sv 6 --oref https://a.b/o.png --ow 300 --p abc 12x --draft --hd --exp 25 --raw --q 4";
    const { flags, errors } = parsePrompt(prompt);
    expect(errors).toEqual([]);
    expect(flags).toMatchObject({
      sref: ["https://a.b/c.png::2", "123", "random"],
      sw: 200,
      sv: 6,
      oref: "https://a.b/o.png",
      ow: 300,
      p: ["abc", "12x"],
      draft: true,
      hd: true,
      exp: 25,
      raw: true,
      quality: 4,
    });
    expect(flags.other).toEqual([]);
  });

  it("parses character references and --p alone", () => {
    const { flags, errors } = parsePrompt("a knight --cref https://a.b/k.png https://a.b/l.png --cw 40 --p");
    expect(errors).toEqual([]);
    expect(flags).toMatchObject({ cref: ["https://a.b/k.png", "https://a.b/l.png"], cw: 40, p: [] });
  });

  it("reports bad reference values in words", () => {
    const { errors } = parsePrompt("x --sref abc --sw 1001 --sv 7 --oref https://a.b/1.png https://a.b/2.png --ow 0 --cref cat --cw 101 --exp 101 --p a!b");
    expect(errors).toEqual([
      '--sref takes image URLs or style codes (digits or "random"), not "abc"',
      "--sw must be a whole number from 0 to 1000",
      "--sv must be a whole number from 1 to 6",
      "--oref needs exactly one image URL (http or https)",
      "--ow must be a whole number from 1 to 1000",
      "--cref needs image URLs (http or https)",
      "--cw must be a whole number from 0 to 100",
      "--exp must be a whole number from 0 to 100",
      '--p takes personalization codes (letters and digits), not "a!b"',
    ]);
  });

  it("style codes work only with the code-capable --sv 4 or 6", () => {
    expect(parsePrompt("x --sref 123 --sv 2").errors).toEqual(["Style codes work only with --sv 4 or --sv 6 (images take 1 to 6)"]);
    expect(parsePrompt("x --sref https://a.b/c.png --sv 2").errors).toEqual([]);
    expect(parsePrompt("x --sref 123 --sv 4").errors).toEqual([]);
  });

  it("round-trips the new flags through buildPrompt", () => {
    const prompt = "a cat --v 7 --raw --sref 123 https://a.b/c.png --sw 50 --sv 4 --oref https://a.b/o.png --ow 100 --p --draft --exp 10 --q 4";
    const parsed = parsePrompt(prompt);
    expect(parsed.errors).toEqual([]);
    expect(parsePrompt(buildPrompt(parsed.text, parsed.flags)).flags).toEqual(parsed.flags);
    const cref = parsePrompt("a knight --v 6.1 --cref https://a.b/k.png --cw 0 --p x1 --hd");
    expect(parsePrompt(buildPrompt(cref.text, cref.flags)).flags).toEqual(cref.flags);
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
