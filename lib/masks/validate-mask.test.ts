import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { validateMask } from "./validate-mask";

async function mask(width: number, height: number, paint: (x: number, y: number) => number, channels: 1 | 3 | 4 = 1) {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = paint(x, y);
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = c === 3 ? 255 : v;
    }
  return sharp(data, { raw: { width, height, channels } }).png().toBuffer();
}

describe("mask validation", () => {
  it("accepts a black/white PNG of the right size and counts white pixels", async () => {
    const png = await mask(32, 18, (x, y) => (x < 4 && y < 2 ? 255 : 0));
    expect(await validateMask(png, { width: 32, height: 18 })).toEqual({ width: 32, height: 18, whitePixels: 8 });
  });

  it("accepts RGBA masks", async () => {
    const png = await mask(8, 8, (x) => (x === 0 ? 255 : 0), 4);
    expect((await validateMask(png, { width: 8, height: 8 })).whitePixels).toBe(8);
  });

  it("refuses the wrong size", async () => {
    const png = await mask(16, 16, () => 255);
    await expect(validateMask(png, { width: 16, height: 9 })).rejects.toThrow("The mask is 16×16 but the image is 16×9");
  });

  it("refuses grey pixels and says where", async () => {
    const png = await mask(8, 8, (x, y) => (x === 3 && y === 5 ? 128 : 255));
    await expect(validateMask(png, { width: 8, height: 8 })).rejects.toThrow("pixel at (3, 5)");
  });

  it("refuses an all-black (empty) mask", async () => {
    await expect(validateMask(await mask(8, 8, () => 0), { width: 8, height: 8 })).rejects.toThrow(/empty/);
  });

  it("refuses something that is not a PNG", async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } })
      .jpeg()
      .toBuffer();
    await expect(validateMask(jpeg, { width: 8, height: 8 })).rejects.toThrow("must be a PNG");
    await expect(validateMask(Buffer.from("hello"), { width: 8, height: 8 })).rejects.toThrow("not a readable PNG");
  });
});
