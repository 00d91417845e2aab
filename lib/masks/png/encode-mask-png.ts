// A mask bitmap as an 8-bit greyscale PNG: 0 → black (keep), 1 → white (repaint), nothing in
// between. Greyscale 8-bit because every decoder (sharp, PIL, browsers) reads it the same way;
// a 1-bit PNG would be smaller but is the kind of file some vendor pipelines mishandle.
//
// Pure and synchronous (no DOM, no streams, no Node APIs): the editor in the browser, the Node
// tests and bench/mask.ts run this same code. Why not a library (fast-png, UPNG, pngjs) or the
// platform's CompressionStream: they all hand a general deflate the full scanline buffer —
// (width + 1) × height bytes, 9 MB at 4096 × 2304 — and search every byte for matches. The
// first version did exactly that through CompressionStream (async, see git history of
// components/mask-editor/export/zlib-deflate.ts). A mask is long runs and rows that repeat the
// row above, so mask-row-tokens.ts reads the LZ77 tokens straight from the runs (work grows with
// runs, not pixels) and deflate-mask-rows.ts writes them in one dynamic-Huffman block: a few
// hundred lines with tests against zlib, no dependency in the client bundle, no scanline buffer,
// and an export that is a plain function call. bench/mask.ts holds it to its time budget.
import type { MaskBitmap } from "./mask-bitmap";
import { crc32 } from "./crc32";
import { deflateMaskRows } from "./deflate-mask-rows";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export function encodeMaskPng(bitmap: MaskBitmap): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, bitmap.width);
  view.setUint32(4, bitmap.height);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale; compression, filter and interlace methods stay 0
  const parts = [Uint8Array.from(SIGNATURE), chunk("IHDR", header), chunk("IDAT", deflateMaskRows(bitmap)), chunk("IEND", new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
