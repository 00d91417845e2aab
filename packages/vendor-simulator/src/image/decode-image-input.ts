// Images sent in request bodies (blend, describe, image prompts, face swap, uploads): base64,
// usually as a data URL. Decoded and checked with sharp, then kept as PNG for rendering later.
import sharp from "sharp";
import { INPUT_PIXEL_LIMIT, fitSingle } from "./image-limits";

const DATA_URL = /^data:(image\/[a-z0-9.+-]+);base64,/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export type DecodedBase64 = { ok: true; bytes: Buffer; hadPrefix: boolean } | { ok: false; reason: string };

/** Base64 (with or without a data: prefix, as allowed) to bytes; strict about the alphabet. */
export function decodeBase64(value: string, prefix: "required" | "forbidden" | "optional"): DecodedBase64 {
  const trimmed = value.trim();
  const match = DATA_URL.exec(trimmed);
  if (prefix === "required" && !match) return { ok: false, reason: "must be a data URL (data:image/png;base64,...)" };
  if (prefix === "forbidden" && trimmed.startsWith("data:")) return { ok: false, reason: "must be plain base64 without the data:image/png;base64, prefix" };
  const payload = (match ? trimmed.slice(match[0].length) : trimmed).replace(/\s+/g, "");
  if (!payload || payload.length % 4 === 1 || !BASE64.test(payload)) return { ok: false, reason: "is not valid base64" };
  return { ok: true, bytes: Buffer.from(payload, "base64"), hadPrefix: Boolean(match) };
}

export type DecodedImage = { ok: true; png: Buffer; width: number; height: number; original: Buffer } | { ok: false; reason: string };

/** Decodes an image from base64 and re-encodes it as a PNG no larger than MAX_SIDE. */
export async function decodeImageInput(value: string, prefix: "required" | "forbidden" | "optional"): Promise<DecodedImage> {
  const decoded = decodeBase64(value, prefix);
  if (!decoded.ok) return decoded;
  return imageFromBytes(decoded.bytes);
}

export async function imageFromBytes(bytes: Buffer): Promise<DecodedImage> {
  try {
    const meta = await sharp(bytes).metadata();
    if (!meta.width || !meta.height) return { ok: false, reason: "is not an image" };
    if (meta.width * meta.height > INPUT_PIXEL_LIMIT) return { ok: false, reason: "is too large" };
    const size = fitSingle(meta.width, meta.height);
    const png = await sharp(bytes).rotate().resize(size.width, size.height, { fit: "fill" }).removeAlpha().png().toBuffer();
    return { ok: true, png, width: size.width, height: size.height, original: bytes };
  } catch {
    return { ok: false, reason: "is not a readable image" };
  }
}
