// The pixel work of ingest: decode a grid once, cut tiles from it, make thumbnails. Every
// libvips failure becomes a CORRUPT_IMAGE IngestError, since the bytes already passed inspection.
import type { Sharp } from "sharp";
import type { TileRegion } from "./grid-tile-regions";
import { IngestError } from "./ingest-error";
import { ingestSharp, MAX_INPUT_PIXELS } from "./ingest-sharp";

/** Long side of a thumbnail: a gallery cell on a high-density screen. */
export const THUMBNAIL_MAX_SIDE = 384;
const THUMBNAIL_QUALITY = 70;

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/**
 * Decodes a grid to 8-bit pixels once, so the four tiles and the thumbnail are cut from memory
 * instead of decoding the compressed file five times.
 */
export async function decodeToRaw(bytes: Buffer, what: string): Promise<RawImage> {
  return readable(what, async () => {
    const { data, info } = await ingestSharp()(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  });
}

/** One tile of a decoded grid as a lossless PNG. */
export async function encodeTilePng(grid: RawImage, region: TileRegion): Promise<Buffer> {
  return readable(`tile ${region.index}`, () => fromRaw(grid).extract(region).png({ compressionLevel: 2, adaptiveFiltering: true }).toBuffer());
}

/** A WebP thumbnail of an encoded image, or of a region of a decoded one. */
export async function makeThumbnail(source: Buffer | RawImage, what: string, region?: TileRegion): Promise<Buffer> {
  return readable(what, () => {
    let image = Buffer.isBuffer(source) ? ingestSharp()(source, { limitInputPixels: MAX_INPUT_PIXELS }) : fromRaw(source);
    if (region) image = image.extract(region);
    return image
      .resize({ width: THUMBNAIL_MAX_SIDE, height: THUMBNAIL_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: THUMBNAIL_QUALITY })
      .toBuffer();
  });
}

function fromRaw(image: RawImage): Sharp {
  return ingestSharp()(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
}

async function readable<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new IngestError("CORRUPT_IMAGE", `The ${what} could not be processed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
