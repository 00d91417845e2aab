// Variations: the base picture with a new seeded pattern laid over it at some strength, so the
// result is visibly related to its source yet different (subtle < variation < strong).
import sharp from "sharp";
import { drawTile } from "./draw-tile";

/** `base` resized to width×height, with a seeded pattern blended over it at `weight` (0-1). */
export async function overlayPattern(base: Buffer, seed: number, width: number, height: number, weight: number): Promise<Buffer> {
  const pattern = await sharp(await drawTile(seed, width, height))
    .ensureAlpha(weight)
    .png()
    .toBuffer();
  return sharp(await sharp(base).resize(width, height, { fit: "fill" }).removeAlpha().png().toBuffer())
    .composite([{ input: pattern }])
    .removeAlpha()
    .png()
    .toBuffer();
}
