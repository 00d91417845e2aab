// A mask bitmap as an 8-bit greyscale PNG: 0 → black (keep), 1 → white (repaint), nothing in
// between. Greyscale 8-bit because every decoder (sharp, PIL, browsers) reads it the same way;
// a 1-bit PNG would be smaller but some vendor pipelines mishandle it. Rows use the Up filter:
// unchanged rows become all zeros, which deflate squeezes to almost nothing.
import type { MaskBitmap } from "../raster/mask-bitmap";
import { crc32 } from "./crc32";
import { zlibDeflate } from "./zlib-deflate";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const FILTER_NONE = 0;
const FILTER_UP = 2;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Filtered scanlines: each row is a filter byte then one byte per pixel. */
export function filterScanlines({ width, height, bits }: MaskBitmap): Uint8Array<ArrayBuffer> {
  const stride = width + 1;
  const out = new Uint8Array(stride * height);
  out[0] = FILTER_NONE;
  for (let i = 0; i < width; i++) out[1 + i] = -bits[i] & 0xff;
  for (let j = 1; j < height; j++) {
    const o = j * stride;
    const cur = j * width;
    const prev = cur - width;
    out[o] = FILTER_UP;
    // Up stores (this − above) mod 256: 0 where equal, 255 for black→white, 1 for white→black.
    for (let i = 0; i < width; i++) {
      const d = bits[cur + i] - bits[prev + i];
      if (d !== 0) out[o + 1 + i] = (d * 255) & 0xff;
    }
  }
  return out;
}

export async function encodeMaskPng(bitmap: MaskBitmap): Promise<Uint8Array> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, bitmap.width);
  view.setUint32(4, bitmap.height);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  // compression 0, filter 0, interlace 0 are already zero
  const idat = await zlibDeflate(filterScanlines(bitmap));
  const parts = [Uint8Array.from(SIGNATURE), chunk("IHDR", header), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
