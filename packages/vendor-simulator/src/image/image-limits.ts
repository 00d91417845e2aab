// Size rules for the simulator's pictures: small enough to render fast on a 2-core machine,
// large enough that every operation visibly changes the size the way Midjourney's does.

/** The long side of one grid tile for a fresh imagine (1:1 → 512×512 tiles, 1024×1024 grid). */
export const TILE_LONG_SIDE = 512;
/** No image the simulator produces is longer than this on either side. */
export const MAX_SIDE = 2048;
/** Inputs (blend, describe, masks) larger than this many pixels are refused. */
export const INPUT_PIXEL_LIMIT = 4096 * 4096;

/** Scales a tile down so a 2×2 grid of it stays within MAX_SIDE; keeps integers. */
export function fitGridTile(width: number, height: number): { width: number; height: number } {
  const long = Math.max(width, height) * 2;
  if (long <= MAX_SIDE) return { width, height };
  const scale = MAX_SIDE / long;
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/** Scales a single image down so it stays within MAX_SIDE; keeps integers. */
export function fitSingle(width: number, height: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= MAX_SIDE) return { width: Math.round(width), height: Math.round(height) };
  const scale = MAX_SIDE / long;
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}
