import { describe, expect, it } from "vitest";
import { readComposerState, setPromptFlag, splitSpeedMode, withPromptText } from "./composer-flags";

describe("composer flags", () => {
  it("adds a flag a control sets", () => {
    expect(setPromptFlag("a red fox", "ar", "16:9")).toBe("a red fox --ar 16:9");
    expect(setPromptFlag("a red fox", "tile", true)).toBe("a red fox --tile");
    expect(setPromptFlag("", "chaos", 20)).toBe("--chaos 20");
  });

  it("replaces a flag typed by hand in place, aliases included", () => {
    expect(setPromptFlag("fox --s 50 --ar 1:1 --no cars", "stylize", 250)).toBe("fox --stylize 250 --ar 1:1 --no cars");
    expect(setPromptFlag("fox --aspect 3:2 --tile", "ar", "2:3")).toBe("fox --ar 2:3 --tile");
  });

  it("removes a flag when the control is cleared", () => {
    expect(setPromptFlag("fox --ar 16:9 --tile --seed 5", "tile", false)).toBe("fox --ar 16:9 --seed 5");
    expect(setPromptFlag("fox --ar 16:9 --seed 5", "seed", undefined)).toBe("fox --ar 16:9");
    expect(setPromptFlag("fox --no red cars", "no", "")).toBe("fox");
  });

  it("treats --v and --niji as one version control", () => {
    expect(setPromptFlag("cat --v 6.1 --ar 1:1", "version", "niji 6")).toBe("cat --niji 6 --ar 1:1");
    expect(setPromptFlag("cat --niji 5", "version", "7")).toBe("cat --v 7");
    expect(readComposerState("cat --niji 6").version).toBe("niji 6");
    expect(readComposerState("cat --version 6.1").version).toBe("6.1");
  });

  it("keeps other flags and mistakes as written", () => {
    expect(setPromptFlag("x --chaos 200 --cref https://a.b/c.png", "ar", "4:3")).toBe("x --chaos 200 --cref https://a.b/c.png --ar 4:3");
    expect(readComposerState("x --chaos 200").errors).toEqual(["--chaos must be a whole number from 0 to 100"]);
  });

  it("reads what the controls show from flags typed by hand", () => {
    const state = readComposerState("一只在雪地里的红狐狸 --ar 9:16 --s 300 --c 10 --q 2 --w 100 --seed 42 --tile --no 人 --relax");
    expect(state.text).toBe("一只在雪地里的红狐狸");
    expect(state.flags).toMatchObject({ ar: "9:16", stylize: 300, chaos: 10, quality: 2, weird: 100, seed: 42, tile: true, no: "人" });
    expect(state.mode).toBe("relax");
  });

  it("switches the speed mode and takes it out of the prompt for submit", () => {
    expect(setPromptFlag("fox --fast --ar 1:1", "mode", "turbo")).toBe("fox --turbo --ar 1:1");
    expect(splitSpeedMode("fox --relax --ar 1:1")).toEqual({ prompt: "fox --ar 1:1", mode: "relax" });
    expect(splitSpeedMode(" fox ")).toEqual({ prompt: "fox", mode: undefined });
  });

  it("replaces only the text, keeping the flags for the next prompt", () => {
    expect(withPromptText("a red fox --ar 16:9 --s 50", "")).toBe("--ar 16:9 --s 50");
    expect(withPromptText("--ar 16:9", "a cat")).toBe("a cat --ar 16:9");
  });

  it("keeps the reference weights two-way: typed flags show in controls, controls edit the text", () => {
    const typed = "a fox --sref 123 --sw 200 --v 7 --oref https://a.b/o.png --ow 50";
    expect(readComposerState(typed).flags).toMatchObject({ sref: ["123"], sw: 200, oref: "https://a.b/o.png", ow: 50 });
    expect(setPromptFlag(typed, "sw", 300)).toBe("a fox --sref 123 --sw 300 --v 7 --oref https://a.b/o.png --ow 50");
    expect(setPromptFlag(typed, "ow", undefined)).toBe("a fox --sref 123 --sw 200 --v 7 --oref https://a.b/o.png");
    expect(setPromptFlag("a fox --v 6.1", "cw", 40)).toBe("a fox --v 6.1 --cw 40");
    expect(setPromptFlag("a fox", "sv", 4)).toBe("a fox --sv 4");
  });

  it("style codes and personalization codes are text controls of their own flags", () => {
    expect(setPromptFlag("a fox --sref 1 --ar 1:1", "sref", "42 random")).toBe("a fox --sref 42 random --ar 1:1");
    expect(setPromptFlag("a fox", "p", true)).toBe("a fox --p");
    expect(setPromptFlag("a fox --profile abc", "p", "abc xyz")).toBe("a fox --p abc xyz");
    expect(setPromptFlag("a fox --p abc", "p", undefined)).toBe("a fox");
  });

  it("switches the 2026 model flags on and off", () => {
    expect(setPromptFlag("a fox", "draft", true)).toBe("a fox --draft");
    expect(setPromptFlag("a fox --draft --hd", "hd", false)).toBe("a fox --draft");
    expect(setPromptFlag("a fox", "raw", true)).toBe("a fox --raw");
    expect(setPromptFlag("a fox --exp 5", "exp", 25)).toBe("a fox --exp 25");
    expect(setPromptFlag("a fox --v 7", "version", "8.1")).toBe("a fox --v 8.1");
    expect(setPromptFlag("a fox --v 7", "version", "niji 7")).toBe("a fox --niji 7");
  });
});
