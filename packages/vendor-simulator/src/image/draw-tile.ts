// One deterministic abstract picture: a gradient with a few shapes, all chosen by the seed.
// Drawn as SVG (shapes only, no text, so no system fonts are involved) and rasterised by sharp.
import sharp from "sharp";
import { randomFromSeed } from "./seeded-random";

function colour(random: () => number): string {
  const hue = Math.floor(random() * 360);
  const saturation = 45 + Math.floor(random() * 50);
  const lightness = 30 + Math.floor(random() * 45);
  return `hsl(${hue},${saturation}%,${lightness}%)`;
}

function shape(random: () => number, width: number, height: number): string {
  const x = Math.round(random() * width);
  const y = Math.round(random() * height);
  const size = Math.round((0.12 + random() * 0.3) * Math.min(width, height));
  const fill = colour(random);
  const kind = Math.floor(random() * 3);
  if (kind === 0) return `<circle cx="${x}" cy="${y}" r="${size}" fill="${fill}" fill-opacity="0.85"/>`;
  if (kind === 1)
    return (
      `<rect x="${x - size}" y="${y - size}" width="${size * 2}" height="${Math.round(size * 1.3)}" fill="${fill}" fill-opacity="0.85" ` +
      `transform="rotate(${Math.round(random() * 90)} ${x} ${y})"/>`
    );
  return `<polygon points="${x},${y - size} ${x + size},${y + size} ${x - size},${y + size}" fill="${fill}" fill-opacity="0.85"/>`;
}

/** The SVG source for a seed and size (exported for tests that compare pictures cheaply). */
export function tileSvg(seed: number, width: number, height: number): string {
  const random = randomFromSeed(seed);
  const from = colour(random);
  const to = colour(random);
  const shapes = Array.from({ length: 4 + Math.floor(random() * 4) }, () => shape(random, width, height)).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" ` +
    `stop-color="${to}"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#g)"/>${shapes}</svg>`
  );
}

/** A width×height RGB PNG drawn from the seed. */
export async function drawTile(seed: number, width: number, height: number): Promise<Buffer> {
  return sharp(Buffer.from(tileSvg(seed, width, height)))
    .resize(width, height, { fit: "fill" })
    .removeAlpha()
    .png()
    .toBuffer();
}
