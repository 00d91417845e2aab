// Vary (Region) masks: the same size as the image, only pure black (keep) and pure white
// (repaint), fully opaque, and not all black. Anything else is refused, as the vendors do.
import sharp from "sharp";
import { INPUT_PIXEL_LIMIT } from "./image-limits";

export type MaskVerdict = { ok: true; grey: Buffer; whitePixels: number } | { ok: false; reason: string };

export async function checkMask(bytes: Buffer, width: number, height: number): Promise<MaskVerdict> {
  let raw: { data: Buffer; info: { width: number; height: number; channels: number } };
  try {
    const meta = await sharp(bytes).metadata();
    if (!meta.width || !meta.height || meta.width * meta.height > INPUT_PIXEL_LIMIT) return { ok: false, reason: "mask is not a readable image" };
    raw = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  } catch {
    return { ok: false, reason: "mask is not a readable image" };
  }
  const { data, info } = raw;
  if (info.width !== width || info.height !== height) {
    return { ok: false, reason: `mask size ${info.width}x${info.height} does not match the image size ${width}x${height}` };
  }
  const channels = info.channels;
  const colourChannels = channels >= 3 ? 3 : 1;
  const hasAlpha = channels === 2 || channels === 4;
  const grey = Buffer.alloc(width * height);
  let whitePixels = 0;
  for (let p = 0, o = 0; p < width * height; p += 1, o += channels) {
    const v = data[o];
    if (v !== 0 && v !== 255) return { ok: false, reason: "mask must be pure black and white (found grey or colour pixels)" };
    for (let c = 1; c < colourChannels; c += 1) {
      if (data[o + c] !== v) return { ok: false, reason: "mask must be pure black and white (found colour pixels)" };
    }
    if (hasAlpha && data[o + channels - 1] !== 255) return { ok: false, reason: "mask must be opaque black and white (found transparent pixels)" };
    grey[p] = v;
    if (v === 255) whitePixels += 1;
  }
  if (whitePixels === 0) return { ok: false, reason: "mask is empty: paint the region to vary in white" };
  return { ok: true, grey, whitePixels };
}
