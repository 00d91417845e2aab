// User uploads (image references, blend and describe inputs, Vary Region masks): sniffed to be
// PNG, JPEG, WebP or GIF before any decoder runs, decoded once to check they are real images,
// counted against the uploader's daily quota, stored under the uploader's own prefix, and
// referenced by key in job params.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { releaseUpload } from "@/lib/trusted/uploads/release-upload";
import { reserveUploadBytes } from "@/lib/data/uploads/reserve-upload-bytes";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { sniffImageType, type UploadImageType } from "./sniff-image-type";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
// Far above any Midjourney input (a 4096×4096 upscale is 16.8 MP), far below what would let a
// small, highly compressed file make the decoder allocate gigabytes.
const MAX_UPLOAD_PIXELS = 50_000_000;
const TYPES: Record<UploadImageType, { ext: string; mime: string }> = {
  png: { ext: "png", mime: "image/png" },
  jpeg: { ext: "jpg", mime: "image/jpeg" },
  webp: { ext: "webp", mime: "image/webp" },
  gif: { ext: "gif", mime: "image/gif" },
};
const MIME_BY_EXT: Record<string, string> = Object.fromEntries(Object.values(TYPES).map((t) => [t.ext, t.mime]));
const ONLY_FOUR = "Only PNG, JPEG, WebP and GIF images can be used.";

export interface StoredUpload {
  key: string;
  width: number;
  height: number;
  mime: string;
  bytes: number;
}

/** Validates and stores an uploaded image for this user. */
export async function storeImageUpload(userId: string, bytes: Buffer, folder: "uploads" | "masks" = "uploads"): Promise<StoredUpload> {
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", "The file is empty.");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Images can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  // The signature decides before libvips does: it would happily open SVG, TIFF, HEIF and more.
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw new AppError("BAD_REQUEST", ONLY_FOUR);
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS }).metadata();
  } catch {
    throw new AppError("BAD_REQUEST", "That file is not an image the studio can read (PNG, JPEG, WebP or GIF).");
  }
  // The decoder must agree with the signature: a PNG header glued to something else is refused.
  if (meta.format !== sniffed || !meta.width || !meta.height) throw new AppError("BAD_REQUEST", ONLY_FOUR);
  if (meta.width * meta.height > MAX_UPLOAD_PIXELS) throw new AppError("PAYLOAD_TOO_LARGE", "That image has too many pixels.");
  const type = TYPES[sniffed];
  const key = `${folder}/${userId}/${randomUUID()}.${type.ext}`;
  await reserveUploadBytes(userId, key, bytes.length);
  try {
    await getImageStorage().put(key, bytes, type.mime);
  } catch (error) {
    await releaseUpload(key).catch(() => undefined);
    throw error;
  }
  return { key, width: meta.width, height: meta.height, mime: type.mime, bytes: bytes.length };
}

/** True when the key is one of this user's own uploads: nobody can reference another's file. */
export function isOwnUpload(userId: string, key: string): boolean {
  return (key.startsWith(`uploads/${userId}/`) || key.startsWith(`masks/${userId}/`)) && !key.includes("..");
}

/** Reads an upload back for a vendor submit. */
export async function readUpload(key: string): Promise<{ bytes: Buffer; contentType: string }> {
  const bytes = await getImageStorage().read(key);
  if (!bytes) throw new AppError("NOT_FOUND", "An uploaded image of this job is missing.");
  return { bytes, contentType: MIME_BY_EXT[key.split(".").pop() ?? ""] ?? "application/octet-stream" };
}
