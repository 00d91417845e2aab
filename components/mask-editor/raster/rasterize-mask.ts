// The whole mask at the image's natural size: every stroke in order on an all-black bitmap.
import type { MaskDocument } from "../model/mask-stroke";
import { applyStroke } from "./apply-stroke";
import { createMaskBitmap, type MaskBitmap } from "./mask-bitmap";

export function rasterizeMask(doc: MaskDocument): MaskBitmap {
  const bitmap = createMaskBitmap(doc.width, doc.height);
  for (const stroke of doc.strokes) applyStroke(bitmap, stroke);
  return bitmap;
}
