// One byte per pixel, 1 = repaint (white), 0 = keep (black), rows top to bottom.
// A plain typed array so the same code rasterizes in Node, in the browser and in a worker.
// The shape is the PNG encoder's input (lib/masks/png), declared there.
import type { MaskBitmap } from "../../../lib/masks/png/mask-bitmap";

export type { MaskBitmap };

/** Pixels a write touched: [x0, x1) × [y0, y1) in pixel indices (x1, y1 exclusive). */
export interface DirtyRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function createMaskBitmap(width: number, height: number): MaskBitmap {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`mask size must be positive integers, got ${width}×${height}`);
  }
  return { width, height, bits: new Uint8Array(width * height) };
}

/** Grows `into` to cover `rect` (either may be null). */
export function unionDirty(into: DirtyRect | null, rect: DirtyRect | null): DirtyRect | null {
  if (!rect) return into;
  if (!into) return { ...rect };
  return { x0: Math.min(into.x0, rect.x0), y0: Math.min(into.y0, rect.y0), x1: Math.max(into.x1, rect.x1), y1: Math.max(into.y1, rect.y1) };
}

/** How many pixels are painted (for the "x% selected" hint). */
export function countPaintedPixels(bitmap: MaskBitmap): number {
  const { bits } = bitmap;
  let count = 0;
  for (let i = 0; i < bits.length; i++) count += bits[i];
  return count;
}

/** Whether any pixel is painted; reads four pixels at a time because it runs after every stroke. */
export function hasPaint(bitmap: MaskBitmap): boolean {
  const { bits } = bitmap;
  const words = bits.byteOffset % 4 === 0 ? new Uint32Array(bits.buffer, bits.byteOffset, bits.length >> 2) : null;
  const start = words ? words.length << 2 : 0;
  if (words) for (let i = 0; i < words.length; i++) if (words[i] !== 0) return true;
  for (let i = start; i < bits.length; i++) if (bits[i] !== 0) return true;
  return false;
}
