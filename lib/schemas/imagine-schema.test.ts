import { describe, expect, it } from "vitest";
import { imagineSchema, type ImagineInput } from "./jobs";

const messages = (input: ImagineInput) => {
  const parsed = imagineSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("imagine request references", () => {
  it("accepts references in the slots the version takes", () => {
    const parsed = imagineSchema.parse({
      prompt: "a fox --v 7 --sw 300",
      references: [
        { slot: "sref", imageId: "img1" },
        { slot: "oref", uploadKey: "uploads/u1/a.png" },
        { slot: "image", imageId: "img2" },
      ],
    });
    expect(parsed.references).toHaveLength(3);
    expect(imagineSchema.parse({ prompt: "a fox --v 6.1", references: [{ slot: "cref", imageId: "img1" }] }).references).toHaveLength(1);
  });

  it("refuses an omni reference on V6 and a character reference on V7 or the default V8.1, in words", () => {
    expect(messages({ prompt: "a fox --v 6.1", references: [{ slot: "oref", imageId: "i" }] })).toEqual([
      "Omni reference (--oref) works only with V7; this prompt uses V6.1.",
    ]);
    expect(messages({ prompt: "a fox --v 7", references: [{ slot: "cref", imageId: "i" }] })).toEqual([
      "Character reference (--cref) works only with V6.1 and Niji 6; this prompt uses V7.",
    ]);
    expect(messages({ prompt: "a fox --cw 50", references: [{ slot: "cref", imageId: "i" }] })).toEqual([
      "Character weight (--cw) works only with V6.1 and Niji 6; this prompt uses V8.1.",
      "Character reference (--cref) works only with V6.1 and Niji 6; this prompt uses V8.1.",
    ]);
    expect(messages({ prompt: "a fox --niji 6 --hd" })).toEqual(["HD (--hd) works only with V8 and later; this prompt uses Niji 6."]);
  });

  it("counts each slot's images with those the prompt already names", () => {
    expect(messages({ prompt: "a fox --v 7 --oref https://a.b/o.png", references: [{ slot: "oref", imageId: "i" }] })).toEqual([
      "Omni reference takes one image (this request has 2).",
    ]);
    const five = Array.from({ length: 5 }, (_, i) => `uploads/u/${i}.png`);
    expect(messages({ prompt: "a fox", imageRefKeys: five, references: [{ slot: "image", imageId: "i" }] })).toEqual([
      "Image prompt takes at most 5 images (this request has 6).",
    ]);
  });

  it("refuses bad reference values with the parser's words", () => {
    expect(messages({ prompt: "a fox --sref abc --sw 2000" })).toEqual([
      '--sref takes image URLs or style codes (digits or "random"), not "abc"',
      "--sw must be a whole number from 0 to 1000",
    ]);
    expect(messages({ prompt: "a fox", references: [{ slot: "sref" }] })).toEqual(["A reference is either a gallery image or an upload (exactly one)."]);
  });
});
