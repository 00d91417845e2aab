// Zoom out, pan and make square: the source picture placed unchanged (only scaled) on a larger
// canvas whose new area is filled with a seeded pattern, like Midjourney's outpainting.
import sharp from "sharp";
import { drawTile } from "./draw-tile";

export interface CanvasLayout {
  canvasWidth: number;
  canvasHeight: number;
  innerLeft: number;
  innerTop: number;
  innerWidth: number;
  innerHeight: number;
}

export async function expandCanvas(source: Buffer, layout: CanvasLayout, seed: number): Promise<Buffer> {
  const inner = await sharp(source).resize(layout.innerWidth, layout.innerHeight, { fit: "fill" }).removeAlpha().png().toBuffer();
  return sharp(await drawTile(seed, layout.canvasWidth, layout.canvasHeight))
    .composite([{ input: inner, left: layout.innerLeft, top: layout.innerTop }])
    .removeAlpha()
    .png()
    .toBuffer();
}
