// Server-side check of a Vary (Region) mask before it goes to a vendor: a PNG of exactly
// the image's size whose every pixel is pure black (keep) or pure white (repaint), and not
// all black. Vendors reject anything else, often with an unhelpful message.
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { sniffImageType } from "@/lib/uploads/sniff-image-type";

export const MAX_MASK_BYTES = 8 * 1024 * 1024;

export interface MaskCheck {
  width: number;
  height: number;
  whitePixels: number;
}

export async function validateMask(png: Buffer, expected: { width: number; height: number }): Promise<MaskCheck> {
  if (png.length === 0) throw new AppError("BAD_REQUEST", "The mask is empty: paint the area to change.");
  if (png.length > MAX_MASK_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The mask file is too large.");
  // Checked by signature before any decoder sees the bytes (no SVG, TIFF, HEIF … reaches libvips).
  const sniffed = sniffImageType(png);
  if (sniffed !== "png") throw new AppError("BAD_REQUEST", sniffed ? "The mask must be a PNG image." : "The mask is not a readable PNG image.");
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(png).metadata();
  } catch {
    throw new AppError("BAD_REQUEST", "The mask is not a readable PNG image.");
  }
  if (meta.format !== "png") throw new AppError("BAD_REQUEST", "The mask must be a PNG image.");
  if (meta.width !== expected.width || meta.height !== expected.height) {
    throw new AppError(
      "BAD_REQUEST",
      `The mask is ${meta.width}×${meta.height} but the image is ${expected.width}×${expected.height}: they must be the same size.`,
    );
  }
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let white = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    const a = data[i + 3];
    const black = r === 0 && g === 0 && b === 0;
    const isWhite = r === 255 && g === 255 && b === 255;
    if (a !== 255 || (!black && !isWhite)) {
      const x = (i / info.channels) % info.width;
      const y = Math.floor(i / info.channels / info.width);
      throw new AppError("BAD_REQUEST", `The mask must be pure black and white; the pixel at (${x}, ${y}) is not.`);
    }
    if (isWhite) white++;
  }
  if (white === 0) throw new AppError("BAD_REQUEST", "The mask is empty: paint the area to change.");
  return { width: info.width, height: info.height, whitePixels: white };
}
