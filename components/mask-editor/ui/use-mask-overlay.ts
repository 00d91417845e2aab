// Keeps a MaskOverlay in step with the editor's strokes and the tool's draft, and asks the
// stage to redraw when the overlay's pixels changed (Konva cannot see inside the canvas).
// Syncing happens while rendering so the painted-pixel count is never a render behind; it is
// idempotent (it brings the bitmap to the given strokes), so a repeated render is harmless.
"use client";

import { useLayoutEffect, useMemo, useState } from "react";
import type { MaskStroke } from "../model/mask-stroke";
import { MaskOverlay } from "./mask-overlay";

export function useMaskOverlay(width: number, height: number, strokes: readonly MaskStroke[], draft: MaskStroke | null, redraw: () => void) {
  const [overlay] = useState(() => new MaskOverlay(width, height));
  const paintedPixels = useMemo(() => {
    overlay.sync(strokes, draft);
    return overlay.paintedPixels;
  }, [overlay, strokes, draft]);
  // Redraw after every sync: Konva's layer may have been drawn before the canvas changed.
  useLayoutEffect(() => {
    redraw();
  }, [redraw, strokes, draft]);
  return { canvas: overlay.canvas, paintedPixels };
}
