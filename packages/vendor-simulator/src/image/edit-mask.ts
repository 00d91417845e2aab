// The edit area of /mj/submit/edits and TTAPI image-edits: the input's transparent pixels
// (trueai passes the picture on as it is, SubmitController.cs:776-843; TTAPI: "the area to edit
// must be transparent"), or the white area of a separate mask (maskBase64, as Dooy's
// chatgpt-web-midjourney-proxy sends it). Kept as a one-channel PNG: 255 edit, 0 keep.
import sharp from "sharp";

export type EditMask = { ok: true; png: Buffer; editPixels: number } | { ok: false; reason: string };

async function toMaskPng(grey: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(grey, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

/** Transparent (alpha 0) pixels of `image` are the edit area. */
export async function maskFromAlpha(image: Buffer): Promise<EditMask> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const grey = Buffer.alloc(info.width * info.height);
  let editPixels = 0;
  for (let p = 0; p < grey.length; p += 1) {
    if (data[p * 4 + 3] === 0) {
      grey[p] = 255;
      editPixels += 1;
    }
  }
  if (editPixels === 0) return { ok: false, reason: "the image has no transparent pixels: make the area to edit transparent (alpha 0) or send maskBase64" };
  return { ok: true, png: await toMaskPng(grey, info.width, info.height), editPixels };
}

/** White (≥ 128 grey) pixels of `mask` are the edit area; it must be the image's size. */
export async function maskFromWhite(mask: Buffer, width: number, height: number): Promise<EditMask> {
  let raw: { data: Buffer; info: { width: number; height: number; channels: number } };
  try {
    raw = await sharp(mask).flatten({ background: "#000000" }).greyscale().raw().toBuffer({ resolveWithObject: true });
  } catch {
    return { ok: false, reason: "maskBase64 is not a readable image" };
  }
  if (raw.info.width !== width || raw.info.height !== height) {
    return { ok: false, reason: `maskBase64 size ${raw.info.width}x${raw.info.height} does not match the image size ${width}x${height}` };
  }
  const grey = Buffer.alloc(width * height);
  let editPixels = 0;
  for (let p = 0; p < grey.length; p += 1) {
    if (raw.data[p * raw.info.channels] >= 128) {
      grey[p] = 255;
      editPixels += 1;
    }
  }
  if (editPixels === 0) return { ok: false, reason: "maskBase64 is empty: paint the area to edit in white" };
  return { ok: true, png: await toMaskPng(grey, width, height), editPixels };
}
