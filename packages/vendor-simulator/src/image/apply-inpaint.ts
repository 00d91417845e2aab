// Vary (Region): repaint where the mask is white, keep every black-masked pixel exactly.
import sharp from "sharp";
import { drawTile } from "./draw-tile";

/** `grey` is the checked mask, one byte per pixel (0 keep, 255 repaint), same size as `source`. */
export async function applyInpaint(source: Buffer, grey: Buffer, seed: number): Promise<Buffer> {
  const { data, info } = await sharp(source).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  if (grey.length !== width * height) throw new Error("mask does not match the image");
  const pattern = await sharp(await drawTile(seed, width, height))
    .removeAlpha()
    .raw()
    .toBuffer();
  const out = Buffer.from(data);
  for (let p = 0; p < grey.length; p += 1) {
    if (grey[p] !== 255) continue;
    const o = p * 3;
    // A mix of the new pattern and the inverted original: always visibly different.
    out[o] = (pattern[o] + (255 - data[o])) >> 1;
    out[o + 1] = (pattern[o + 1] + (255 - data[o + 1])) >> 1;
    out[o + 2] = (pattern[o + 2] + (255 - data[o + 2])) >> 1;
  }
  return sharp(out, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}
