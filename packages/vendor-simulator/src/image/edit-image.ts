// Midjourney's editor in the simulator. Edit: every tile keeps the input's pixels outside the
// edit area exactly and repaints the area (Vary (Region)'s drawing, apply-inpaint.ts).
// Retexture: the whole picture keeps its shapes (its luminance) in a new seeded colour, with a
// faint seeded texture over it.
import sharp from "sharp";
import { applyInpaint } from "./apply-inpaint";
import { overlayPattern } from "./overlay-pattern";
import { randomFromSeed } from "./seeded-random";

/** `maskPng`: one grey channel, 255 = edit, 0 = keep, the size of `source`. Both fitted to the tile. */
export async function editTile(source: Buffer, maskPng: Buffer, seed: number, width: number, height: number): Promise<Buffer> {
  const fitted = await sharp(source).resize(width, height, { fit: "fill" }).removeAlpha().png().toBuffer();
  const grey = await sharp(maskPng).resize(width, height, { fit: "fill", kernel: "nearest" }).extractChannel(0).raw().toBuffer();
  for (let p = 0; p < grey.length; p += 1) grey[p] = grey[p] >= 128 ? 255 : 0;
  return applyInpaint(fitted, grey, seed);
}

export async function retextureTile(source: Buffer, seed: number, width: number, height: number): Promise<Buffer> {
  const random = randomFromSeed(seed);
  const colour = { r: Math.floor(random() * 256), g: Math.floor(random() * 256), b: Math.floor(random() * 256) };
  const tinted = await sharp(source).resize(width, height, { fit: "fill" }).removeAlpha().tint(colour).png().toBuffer();
  return overlayPattern(tinted, seed, width, height, 0.2);
}
