// U1-U4: the chosen quadrant of a grid as its own picture.
import sharp from "sharp";

/** Cuts quadrant `index` (1-4, left-to-right then top-to-bottom) out of a grid PNG. */
export async function extractTile(grid: Buffer, index: number): Promise<Buffer> {
  const meta = await sharp(grid).metadata();
  const width = Math.floor((meta.width ?? 0) / 2);
  const height = Math.floor((meta.height ?? 0) / 2);
  const i = index - 1;
  return sharp(grid)
    .extract({ left: (i % 2) * width, top: Math.floor(i / 2) * height, width, height })
    .removeAlpha()
    .png()
    .toBuffer();
}
