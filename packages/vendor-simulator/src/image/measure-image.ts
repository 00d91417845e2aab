// Width and height of an encoded picture.
import sharp from "sharp";

export async function measureImage(bytes: Buffer): Promise<{ width: number; height: number }> {
  const meta = await sharp(bytes).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0 };
}
