// Is a downloaded file really an image we store? Checked by its first bytes before any decoder
// sees it (so SVG, HTML error pages and the like never reach librsvg or libxml), then by sharp.
import { IngestError } from "./ingest-error";
import { ingestSharp, MAX_INPUT_PIXELS } from "./ingest-sharp";

export type ImageFormat = "png" | "jpeg" | "webp";

export interface ImageInfo {
  format: ImageFormat;
  mime: string;
  extension: string;
  width: number;
  height: number;
}

const FORMATS: Record<ImageFormat, { mime: string; extension: string }> = {
  png: { mime: "image/png", extension: "png" },
  jpeg: { mime: "image/jpeg", extension: "jpg" },
  webp: { mime: "image/webp", extension: "webp" },
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffImageFormat(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  return null;
}

export function formatInfo(format: ImageFormat): { mime: string; extension: string } {
  return FORMATS[format];
}

/** The image's format and size, or an IngestError saying why it is not one we accept. */
export async function inspectImage(bytes: Buffer, what: string): Promise<ImageInfo> {
  const sniffed = sniffImageFormat(bytes);
  if (!sniffed) throw new IngestError("NOT_AN_IMAGE", `The ${what} is not a PNG, JPEG or WebP image (${bytes.length} bytes).`);
  let metadata;
  try {
    // Only the header is read here, so no pixel limit yet: the size check below then reports
    // an oversized image as too large rather than as unreadable.
    metadata = await ingestSharp()(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new IngestError("CORRUPT_IMAGE", `The ${what} looks like ${sniffed} but cannot be read.`, { cause: error });
  }
  if (metadata.format !== sniffed) throw new IngestError("NOT_AN_IMAGE", `The ${what} claims to be ${sniffed} but reads as ${metadata.format}.`);
  const { width, height } = metadata;
  if (!width || !height) throw new IngestError("CORRUPT_IMAGE", `The ${what} has no size.`);
  if (width * height > MAX_INPUT_PIXELS) throw new IngestError("TOO_LARGE", `The ${what} is ${width}×${height}, more than ${MAX_INPUT_PIXELS} pixels.`);
  return { format: sniffed, ...FORMATS[sniffed], width, height };
}
