// Which image format a file is, from its first bytes (its "magic number"), before any decoder
// sees it. Only the four formats the studio takes from users are recognised: SVG (a script
// and entity playground), TIFF, HEIF/AVIF and the rest never reach libvips from a user.

export type UploadImageType = "png" | "jpeg" | "webp" | "gif";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(bytes: Uint8Array, text: string, offset = 0): boolean {
  return startsWith(
    bytes,
    [...text].map((c) => c.charCodeAt(0)),
    offset,
  );
}

export function sniffImageType(bytes: Uint8Array): UploadImageType | null {
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (ascii(bytes, "RIFF") && ascii(bytes, "WEBP", 8)) return "webp";
  if (ascii(bytes, "GIF87a") || ascii(bytes, "GIF89a")) return "gif";
  return null;
}
