// Blend: each grid tile mixes two of the inputs (cover-cropped to the tile) and a seeded tint.
import sharp from "sharp";
import { overlayPattern } from "./overlay-pattern";

export async function blendTile(inputs: Buffer[], tileIndex: number, seed: number, width: number, height: number): Promise<Buffer> {
  const cover = (input: Buffer) => sharp(input).resize(width, height, { fit: "cover" }).removeAlpha().png().toBuffer();
  const base = await cover(inputs[tileIndex % inputs.length]);
  const other = await sharp(await cover(inputs[(tileIndex + 1) % inputs.length]))
    .ensureAlpha(0.5)
    .png()
    .toBuffer();
  const mixed = await sharp(base)
    .composite([{ input: other }])
    .removeAlpha()
    .png()
    .toBuffer();
  return overlayPattern(mixed, seed, width, height, 0.2);
}
