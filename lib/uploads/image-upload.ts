// User uploads (image references, blend and describe inputs, Vary Region masks): checked to
// be real images, stored under the uploader's own prefix, referenced by key in job params.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { getImageStorage } from "@/lib/storage/get-image-storage";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const TYPES: Record<string, { ext: string; mime: string }> = {
  png: { ext: "png", mime: "image/png" },
  jpeg: { ext: "jpg", mime: "image/jpeg" },
  webp: { ext: "webp", mime: "image/webp" },
  gif: { ext: "gif", mime: "image/gif" },
};
const MIME_BY_EXT: Record<string, string> = Object.fromEntries(Object.values(TYPES).map((t) => [t.ext, t.mime]));

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
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    throw new AppError("BAD_REQUEST", "That file is not an image the studio can read (PNG, JPEG, WebP or GIF).");
  }
  const type = meta.format ? TYPES[meta.format] : undefined;
  if (!type || !meta.width || !meta.height) throw new AppError("BAD_REQUEST", "Only PNG, JPEG, WebP and GIF images can be used.");
  const key = `${folder}/${userId}/${randomUUID()}.${type.ext}`;
  await getImageStorage().put(key, bytes, type.mime);
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
