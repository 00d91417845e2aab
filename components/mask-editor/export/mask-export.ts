// The mask the vendor receives: the strokes rendered at the image's natural width × height
// into a PNG of pure black (keep) and pure white (repaint). Pure and synchronous: no DOM, no
// Konva, no streams, so the browser, Node tests and the benchmark all run exactly this code.
//
// Pixel rules (see raster/*): a pixel (i, j) is decided by its centre (i + 0.5, j + 0.5).
// Brush/eraser: centre within size/2 of the polyline (inclusive). Rectangle: centre in
// [x0, x1) × [y0, y1). Lasso: centre inside the polygon by the non-zero rule, half-open on
// edges. Strokes apply in order: "add" sets white, "subtract" (eraser) sets black, invert flips.
import type { MaskDocument } from "../model/mask-stroke";
import { hasPaint } from "../raster/mask-bitmap";
import { rasterizeMask } from "../raster/rasterize-mask";
// Relative, like the rest of this folder: the e2e specs (Playwright) import this file directly.
import { encodeMaskPng } from "../../../lib/masks/png/encode-mask-png";

export interface MaskExport {
  png: Uint8Array<ArrayBuffer>;
  /** False when no pixel is white: the studio refuses such a mask, so do not send it. */
  hasPaint: boolean;
}

export function exportMaskPng(doc: MaskDocument): MaskExport {
  const bitmap = rasterizeMask(doc);
  return { png: encodeMaskPng(bitmap), hasPaint: hasPaint(bitmap) };
}
