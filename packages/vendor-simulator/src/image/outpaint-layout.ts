// Where the source goes on the bigger canvas for each outpainting action, in whole pixels,
// scaled down when needed so a 2×2 grid of the result stays within MAX_SIDE.
import type { CanvasLayout } from "./expand-canvas";
import { fitGridTile } from "./image-limits";

export type Outpaint = { zoom: number } | { pan: "left" | "right" | "up" | "down" } | { square: true };

export function outpaintLayout(sourceWidth: number, sourceHeight: number, op: Outpaint): CanvasLayout {
  let canvasWidth = sourceWidth;
  let canvasHeight = sourceHeight;
  if ("zoom" in op) {
    canvasWidth = Math.round(sourceWidth * op.zoom);
    canvasHeight = Math.round(sourceHeight * op.zoom);
  } else if ("pan" in op) {
    // Midjourney extends the canvas by half in the pan direction.
    if (op.pan === "left" || op.pan === "right") canvasWidth = Math.round(sourceWidth * 1.5);
    else canvasHeight = Math.round(sourceHeight * 1.5);
  } else {
    canvasWidth = canvasHeight = Math.max(sourceWidth, sourceHeight);
  }
  const fitted = fitGridTile(canvasWidth, canvasHeight);
  const scale = fitted.width / canvasWidth;
  const innerWidth = Math.min(fitted.width, Math.max(1, Math.round(sourceWidth * scale)));
  const innerHeight = Math.min(fitted.height, Math.max(1, Math.round(sourceHeight * scale)));
  let innerLeft = Math.floor((fitted.width - innerWidth) / 2);
  let innerTop = Math.floor((fitted.height - innerHeight) / 2);
  if ("pan" in op) {
    // The new area opens on the side the pan points to; the source hugs the opposite edge.
    if (op.pan === "left") innerLeft = fitted.width - innerWidth;
    if (op.pan === "right") innerLeft = 0;
    if (op.pan === "up") innerTop = fitted.height - innerHeight;
    if (op.pan === "down") innerTop = 0;
  }
  return { canvasWidth: fitted.width, canvasHeight: fitted.height, innerLeft, innerTop, innerWidth, innerHeight };
}
