// A handful of real images (full PNG + 384 px WebP thumbnail, as ingest makes them) that the
// seeded rows point at, so the HTTP part transfers realistic bytes.
import sharp from "sharp";
import type { ImageStorage } from "@/lib/storage/image-storage";

export interface BenchImageFile {
  fullKey: string;
  thumbKey: string;
  bytes: number;
}

function svg(seed: number, size: number): Buffer {
  let x = seed * 9301 + 49297;
  const rnd = () => (x = (x * 9301 + 49297) % 233280) / 233280;
  const shapes = Array.from({ length: 14 }, () => {
    const colour = `hsl(${Math.floor(rnd() * 360)} 70% ${40 + Math.floor(rnd() * 30)}%)`;
    return rnd() > 0.5
      ? `<circle cx="${rnd() * size}" cy="${rnd() * size}" r="${20 + rnd() * size * 0.25}" fill="${colour}" opacity="0.85"/>`
      : `<rect x="${rnd() * size}" y="${rnd() * size}" width="${30 + rnd() * size * 0.4}" height="${30 + rnd() * size * 0.4}" ` +
          `fill="${colour}" opacity="0.8" transform="rotate(${rnd() * 90} ${size / 2} ${size / 2})"/>`;
  });
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
      `<rect width="100%" height="100%" fill="hsl(${seed * 37} 40% 30%)"/>${shapes.join("")}</svg>`,
  );
}

/** Through the studio's storage, so the bench serves from a bucket when STORAGE_URL names one. */
export async function writeBenchImages(storage: ImageStorage, count = 12, size = 512): Promise<BenchImageFile[]> {
  const files: BenchImageFile[] = [];
  for (let i = 0; i < count; i++) {
    const png = await sharp(svg(i + 1, size))
      .png()
      .toBuffer();
    const thumb = await sharp(png).resize({ width: 384, height: 384, fit: "inside" }).webp({ quality: 70 }).toBuffer();
    const fullKey = `bench/full-${i}.png`;
    const thumbKey = `bench/thumb-${i}.webp`;
    await storage.put(fullKey, png, "image/png");
    await storage.put(thumbKey, thumb, "image/webp");
    files.push({ fullKey, thumbKey, bytes: png.length });
  }
  return files;
}
