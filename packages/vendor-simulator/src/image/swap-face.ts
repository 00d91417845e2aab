// InsightFace swap stand-in: the target picture with the source cropped into a circle at its
// centre, so the result visibly depends on both inputs.
import sharp from "sharp";

export async function swapFace(source: Buffer, target: Buffer): Promise<Buffer> {
  const meta = await sharp(target).metadata();
  const width = meta.width ?? 512;
  const height = meta.height ?? 512;
  const diameter = Math.max(8, Math.floor(Math.min(width, height) / 3));
  const circle = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${diameter}" height="${diameter}">` +
      `<circle cx="${diameter / 2}" cy="${diameter / 2}" r="${diameter / 2}" fill="#fff"/></svg>`,
  );
  const face = await sharp(source)
    .resize(diameter, diameter, { fit: "cover" })
    .ensureAlpha()
    .composite([{ input: circle, blend: "dest-in" }])
    .png()
    .toBuffer();
  return sharp(target)
    .composite([{ input: face, left: Math.floor((width - diameter) / 2), top: Math.floor((height - diameter) / 2) }])
    .removeAlpha()
    .png()
    .toBuffer();
}
