// Where the image sits on screen: screen = image · scale + (x, y), in CSS pixels of the stage.
// The image and the mask are drawn in one transformed group, so no zoom or pan can move the
// mask off its pixels; strokes are stored after screenToImage, never in screen units.
import type { Point } from "../model/mask-stroke";

export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface ZoomLimits {
  min: number;
  max: number;
}

export function screenToImage(view: View, p: Point): Point {
  return { x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale };
}

export function imageToScreen(view: View, p: Point): Point {
  return { x: p.x * view.scale + view.x, y: p.y * view.scale + view.y };
}

/** The whole image, centred, as large as fits inside the viewport minus `padding` on each side. */
export function fitView(image: Size, viewport: Size, padding = 12): View {
  const availW = Math.max(1, viewport.width - 2 * padding);
  const availH = Math.max(1, viewport.height - 2 * padding);
  const scale = Math.min(availW / image.width, availH / image.height);
  return { scale, x: (viewport.width - image.width * scale) / 2, y: (viewport.height - image.height * scale) / 2 };
}

/** From a quarter of fit (to see the edges) up to 32 screen px per image pixel (to paint single pixels). */
export function zoomLimits(fitScale: number): ZoomLimits {
  return { min: fitScale / 4, max: Math.max(32, fitScale) };
}

function clampScale(scale: number, limits: ZoomLimits): number {
  return Math.min(limits.max, Math.max(limits.min, scale));
}

/** Zooms by `factor`, keeping the image point under `anchor` (a screen point) where it is. */
export function zoomAround(view: View, anchor: Point, factor: number, limits: ZoomLimits): View {
  const scale = clampScale(view.scale * factor, limits);
  const fixed = screenToImage(view, anchor);
  return { scale, x: anchor.x - fixed.x * scale, y: anchor.y - fixed.y * scale };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}

/**
 * Two fingers moved from `from` to `to`: the image point under the old midpoint follows the
 * new midpoint and the scale follows the change in finger distance.
 */
export function pinchView(view: View, from: readonly [Point, Point], to: readonly [Point, Point], limits: ZoomLimits): View {
  const d0 = Math.hypot(from[1].x - from[0].x, from[1].y - from[0].y);
  const d1 = Math.hypot(to[1].x - to[0].x, to[1].y - to[0].y);
  const m0 = { x: (from[0].x + from[1].x) / 2, y: (from[0].y + from[1].y) / 2 };
  const m1 = { x: (to[0].x + to[1].x) / 2, y: (to[0].y + to[1].y) / 2 };
  const zoomed = d0 > 0 ? zoomAround(view, m0, d1 / d0, limits) : view;
  return panBy(zoomed, m1.x - m0.x, m1.y - m0.y);
}

/** Wheel delta to a zoom factor; line and page deltas (Firefox, some mice) count as larger steps. */
export function wheelZoomFactor(deltaY: number, deltaMode: number, pinch: boolean): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const clamped = Math.max(-100, Math.min(100, pixels));
  return Math.exp(-clamped * (pinch ? 0.01 : 0.002));
}
