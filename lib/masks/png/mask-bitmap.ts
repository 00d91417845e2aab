// What the encoder reads: one byte per pixel, 1 = repaint (white), 0 = keep (black), rows top to
// bottom. Declared here so the encoder needs nothing from the editor; the editor's rasterizer
// (components/mask-editor/raster) produces exactly this shape.
export interface MaskBitmap {
  width: number;
  height: number;
  bits: Uint8Array;
}
