// Midjourney's editor (TTAPI /midjourney/image-edits/submit, midjourney-proxy /mj/submit/edits)
// takes the area to change as TRANSPARENT pixels of the image itself, not as a separate mask
// (/work/shared/vendors/VIDEO-AND-EDITS.md). The mask editor paints white = change, so the
// server combines the two: the painted pixels get alpha 0, every other pixel keeps its own.
import sharp from "sharp";
import { validateMask } from "./validate-mask";

/**
 * The image as a PNG whose pixels under the mask's white are fully transparent. The image is
 * measured as it is shown (EXIF orientation applied, as browsers and so the editor do); the
 * mask must be a valid mask (validateMask) of exactly that size.
 */
export async function cutMaskedArea(image: Buffer, mask: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(image).rotate().toColourspace("srgb").ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  await validateMask(mask, { width: info.width, height: info.height });
  // validateMask allows only pure black or pure white, so one channel decides.
  const paint = await sharp(mask).extractChannel(0).raw().toBuffer();
  const alpha = info.channels - 1;
  for (let p = 0; p < paint.length; p++) if (paint[p] === 255) data[p * info.channels + alpha] = 0;
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .png()
    .toBuffer();
}

/**
 * What an EDIT job sends: for Edit the image with the painted area cut out; for Retexture
 * (no mask) the image itself, as a PNG turned the way it is shown (the vendor gets exactly
 * the pixels the person saw, whatever the upload's format or EXIF orientation).
 */
export async function editSourcePng(image: Buffer, mask?: Buffer): Promise<Buffer> {
  if (mask) return cutMaskedArea(image, mask);
  return sharp(image).rotate().png().toBuffer();
}
