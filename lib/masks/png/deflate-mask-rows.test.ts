import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { createMaskBitmap } from "@/components/mask-editor/raster/mask-bitmap";
import { seededRandom } from "@/components/mask-editor/raster/test-helpers";
import type { MaskBitmap } from "./mask-bitmap";
import { deflateMaskRows } from "./deflate-mask-rows";

/** What the stream must inflate to: each row a 0 filter byte then 0/255 per pixel. */
function scanlines({ width, height, bits }: MaskBitmap): Buffer {
  const out = Buffer.alloc((width + 1) * height);
  for (let j = 0; j < height; j++) for (let i = 0; i < width; i++) out[j * (width + 1) + 1 + i] = bits[j * width + i] * 255;
  return out;
}

function blobs(width: number, height: number, seed: number, density: number): MaskBitmap {
  const random = seededRandom(seed);
  const bitmap = createMaskBitmap(width, height);
  for (let j = 0; j < height; j++) {
    // Mostly repeated rows with runs, sometimes noise, like painted masks and worse.
    if (j > 0 && random() < 0.5) bitmap.bits.copyWithin(j * width, (j - 1) * width, j * width);
    else for (let i = 0; i < width; i++) bitmap.bits[j * width + i] = random() < density ? 1 : 0;
  }
  return bitmap;
}

describe("deflateMaskRows", () => {
  it("inflates (zlib, with its Adler-32 check) to exactly the scanlines, for awkward sizes", () => {
    for (const [w, h] of [
      [1, 1],
      [1, 7],
      [2, 3],
      [3, 5],
      [4, 4],
      [5, 300],
      [257, 9],
      [300, 200],
      [1024, 3],
    ]) {
      for (const density of [0, 0.02, 0.5, 0.98, 1]) {
        const bitmap = blobs(w, h, w * 7 + h, density);
        expect(zlib.inflateSync(deflateMaskRows(bitmap)).equals(scanlines(bitmap))).toBe(true);
      }
    }
  });

  it("handles long runs across the 258-byte match limit and rows past the 32 KB window", () => {
    for (const w of [258, 259, 260, 261, 516, 517, 32767, 32768, 40000]) {
      const bitmap = createMaskBitmap(w, 3);
      bitmap.bits.fill(1, w + 1, 2 * w - 1);
      bitmap.bits.fill(1, 2 * w, 3 * w);
      expect(zlib.inflateSync(deflateMaskRows(bitmap)).equals(scanlines(bitmap))).toBe(true);
    }
  });

  it("is small for a typical mask", () => {
    const bitmap = createMaskBitmap(2048, 2048);
    for (let j = 500; j < 1500; j++) bitmap.bits.fill(1, j * 2048 + 300 + (j % 7), j * 2048 + 1700);
    expect(deflateMaskRows(bitmap).length).toBeLessThan(16 * 1024);
  });
});
