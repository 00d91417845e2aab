import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cutMaskedArea, editSourcePng } from "./cut-masked-area";

/** A black/white mask PNG (white where `paint` says so), like the mask editor exports. */
async function mask(width: number, height: number, paint: (x: number, y: number) => boolean) {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = paint(x, y) ? 255 : 0;
  return sharp(data, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

async function solid(width: number, height: number, format: "png" | "jpeg" = "png") {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 30 } } });
  return (format === "png" ? image.png() : image.jpeg()).toBuffer();
}

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, info, at: (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)) };
}

describe("cutting the painted area out of an image", () => {
  it("makes exactly the white pixels transparent and keeps the rest opaque and unchanged", async () => {
    const out = await cutMaskedArea(await solid(6, 4), await mask(6, 4, (x, y) => x >= 3 && y < 2));
    expect((await sharp(out).metadata()).format).toBe("png");
    const { info, at } = await pixels(out);
    expect(info).toMatchObject({ width: 6, height: 4, channels: 4 });
    for (let y = 0; y < 4; y++)
      for (let x = 0; x < 6; x++) {
        const cut = x >= 3 && y < 2;
        expect(at(x, y)[3], `alpha at (${x}, ${y})`).toBe(cut ? 0 : 255);
        if (!cut) expect(at(x, y).slice(0, 3)).toEqual([200, 40, 30]);
      }
  });

  it("takes a JPEG and answers a PNG with an alpha channel", async () => {
    const out = await cutMaskedArea(await solid(8, 8, "jpeg"), await mask(8, 8, (x) => x === 0));
    const { info, at } = await pixels(out);
    expect(info.channels).toBe(4);
    expect(at(0, 5)[3]).toBe(0);
    expect(at(1, 5)[3]).toBe(255);
  });

  it("keeps an already transparent pixel of the image transparent", async () => {
    const rgba = Buffer.alloc(4 * 4 * 4, 255);
    rgba[3] = 0; // pixel (0, 0) transparent in the upload itself
    const image = await sharp(rgba, { raw: { width: 4, height: 4, channels: 4 } })
      .png()
      .toBuffer();
    const { at } = await pixels(await cutMaskedArea(image, await mask(4, 4, (x, y) => x === 3 && y === 3)));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(3, 3)[3]).toBe(0);
    expect(at(1, 1)[3]).toBe(255);
  });

  it("refuses a mask of another size than the image, saying both sizes", async () => {
    await expect(cutMaskedArea(await solid(16, 9), await mask(16, 16, () => true))).rejects.toThrow(
      "The mask is 16×16 but the image is 16×9: they must be the same size.",
    );
  });

  it("refuses an empty mask", async () => {
    await expect(cutMaskedArea(await solid(8, 8), await mask(8, 8, () => false))).rejects.toThrow(/empty: paint the area to change/);
  });

  it("measures a rotated JPEG as it is shown (EXIF orientation applied)", async () => {
    // 8×4 pixels stored, orientation 6 (rotate 90°): browsers show it 4×8, and so does the editor.
    const rotated = await sharp({ create: { width: 8, height: 4, channels: 3, background: "#fff" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const out = await cutMaskedArea(rotated, await mask(4, 8, (x, y) => y === 0));
    const { info, at } = await pixels(out);
    expect([info.width, info.height]).toEqual([4, 8]);
    expect(at(2, 0)[3]).toBe(0);
    expect(at(2, 1)[3]).toBe(255);
  });
});

describe("the image an edit job sends", () => {
  it("without a mask (Retexture) is the image as an opaque PNG, turned as it is shown", async () => {
    const rotated = await sharp({ create: { width: 8, height: 4, channels: 3, background: "#0a0" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const out = await editSourcePng(rotated);
    const meta = await sharp(out).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 4, 8]);
  });

  it("with a mask (Edit) has the painted area cut out", async () => {
    const { at } = await pixels(await editSourcePng(await solid(4, 4), await mask(4, 4, (x) => x === 2)));
    expect(at(2, 1)[3]).toBe(0);
    expect(at(1, 1)[3]).toBe(255);
  });
});
