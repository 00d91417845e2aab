import { describe, expect, it } from "vitest";
import { parsePrompt } from "./prompt-flags";
import { DEFAULT_MODEL_VERSION, MODEL_VERSIONS, promptVersion, supports, unsupportedFlagMessages, usedFeatures } from "./version-support";

const messagesFor = (prompt: string, slots: ("sref" | "oref" | "cref")[] = []) => {
  const { flags } = parsePrompt(prompt);
  return unsupportedFlagMessages(promptVersion(flags), [...usedFeatures(flags), ...slots]);
};

describe("version support", () => {
  it("lists the 2026 models with V8.1 as the default", () => {
    expect(MODEL_VERSIONS).toEqual(["8.1", "8", "7", "6.1", "niji 7", "niji 6"]);
    expect(DEFAULT_MODEL_VERSION).toBe("8.1");
    expect(promptVersion(parsePrompt("a cat").flags)).toBe("8.1");
    expect(promptVersion(parsePrompt("a cat --niji 7").flags)).toBe("niji 7");
    expect(promptVersion(parsePrompt("a cat --v 6.1").flags)).toBe("6.1");
  });

  it.each([
    // feature, versions that accept it
    ["oref", ["7"]],
    ["ow", ["7"]],
    ["cref", ["6.1", "niji 6"]],
    ["cw", ["6.1", "niji 6"]],
    ["draft", ["8.1", "8", "7", "niji 7"]],
    ["exp", ["8.1", "8", "7", "niji 7"]],
    ["q4", ["8.1", "8", "7", "niji 7"]],
    ["hd", ["8.1", "8"]],
    ["sref", ["8.1", "8", "7", "6.1", "niji 7", "niji 6"]],
    ["p", ["8.1", "8", "7", "6.1", "niji 7", "niji 6"]],
    ["raw", ["8.1", "8", "7", "6.1", "niji 7", "niji 6"]],
  ] as const)("%s is accepted by %j only", (feature, accepted) => {
    expect(MODEL_VERSIONS.filter((v) => supports(v, feature))).toEqual(accepted);
  });

  it("finds the version features a prompt uses", () => {
    const { flags } = parsePrompt("x --oref https://a.b/o.png --ow 10 --q 4 --hd --draft --exp 5 --sref 1 --sw 9 --p");
    expect(usedFeatures(flags).sort()).toEqual(["draft", "exp", "hd", "oref", "ow", "p", "q4", "sref", "sw"].sort());
    expect(usedFeatures(parsePrompt("x --q 2").flags)).toEqual([]);
  });

  it("warns in words when a reference does not fit the chosen version", () => {
    expect(messagesFor("x --v 6.1 --oref https://a.b/o.png")).toEqual(["Omni reference (--oref) works only with V7; this prompt uses V6.1."]);
    expect(messagesFor("x --v 7 --cref https://a.b/c.png --cw 50")).toEqual([
      "Character reference (--cref) works only with V6.1 and Niji 6; this prompt uses V7.",
      "Character weight (--cw) works only with V6.1 and Niji 6; this prompt uses V7.",
    ]);
    expect(messagesFor("x", ["oref"])).toEqual(["Omni reference (--oref) works only with V7; this prompt uses V8.1."]);
    expect(messagesFor("x --niji 6 --hd --draft")).toEqual([
      "Draft mode (--draft) works only with V7 and later, Niji 7; this prompt uses Niji 6.",
      "HD (--hd) works only with V8 and later; this prompt uses Niji 6.",
    ]);
    expect(messagesFor("x --v 7 --oref https://a.b/o.png --sref 123 --draft --q 4")).toEqual([]);
  });

  it("judges typed versions it does not list by their number", () => {
    expect(supports("6", "cref")).toBe(true);
    expect(supports("5.2", "sref")).toBe(false);
    expect(supports("7.5", "oref")).toBe(true);
  });
});
