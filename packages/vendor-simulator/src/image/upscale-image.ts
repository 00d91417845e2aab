// Upscale (2x/4x/Subtle/Creative): a larger picture of the same content, capped at MAX_SIDE.
import sharp from "sharp";
import { fitSingle } from "./image-limits";

export type UpscaleKind = "subtle" | "creative" | "2x" | "4x";

export function upscaleFactor(kind: UpscaleKind): number {
  return kind === "4x" ? 4 : 2;
}

export async function upscaleImage(source: Buffer, kind: UpscaleKind): Promise<Buffer> {
  const meta = await sharp(source).metadata();
  const factor = upscaleFactor(kind);
  const size = fitSingle((meta.width ?? 1) * factor, (meta.height ?? 1) * factor);
  let pipeline = sharp(source).resize(size.width, size.height, { fit: "fill", kernel: "lanczos3" }).removeAlpha();
  // "Creative" is allowed to change details; a little extra saturation and sharpening shows it.
  if (kind === "creative") pipeline = pipeline.modulate({ saturation: 1.2 }).sharpen();
  return pipeline.png().toBuffer();
}
