// The Konva stage: the photo and the mask overlay in image pixels under one view transform,
// a vector preview of a rectangle or lasso being dragged, and the brush outline. Konva only
// draws here; pointer input is handled by the wrapping element (see use-stage-pointers).
"use client";

import type Konva from "konva";
import { forwardRef } from "react";
import { Circle, Image as KonvaImage, Layer, Line, Rect, Stage } from "react-konva";
import type { MaskStroke, Point } from "../model/mask-stroke";
import type { Size, View } from "../view/view-transform";

export const STAGE_ID = "mask-editor-stage";
const ACCENT = "#8b7cf6";
/** How strongly the painted area tints the photo: visible, yet the photo stays readable. */
export const OVERLAY_OPACITY = 0.5;

export interface MaskStageProps {
  viewport: Size;
  image: HTMLImageElement;
  size: Size;
  view: View;
  overlay: HTMLCanvasElement;
  draft: MaskStroke | null;
  brush: { point: Point; size: number; erase: boolean } | null;
}

function DraftShape({ draft, scale }: { draft: MaskStroke; scale: number }) {
  const outline = { stroke: "#ffffff", strokeWidth: 1.5 / scale, dash: [6 / scale, 4 / scale], listening: false };
  const fill = draft.kind !== "invert" && draft.op === "subtract" ? "rgba(0,0,0,0.45)" : ACCENT;
  if (draft.kind === "rect") {
    const { x0, y0, x1, y1 } = draft;
    return (
      <Rect x={Math.min(x0, x1)} y={Math.min(y0, y1)} width={Math.abs(x1 - x0)} height={Math.abs(y1 - y0)} fill={fill} opacity={OVERLAY_OPACITY} {...outline} />
    );
  }
  if (draft.kind === "lasso") return <Line points={[...draft.points]} closed fill={fill} opacity={OVERLAY_OPACITY} {...outline} />;
  return null;
}

export const MaskStage = forwardRef<Konva.Layer, MaskStageProps>(function MaskStage({ viewport, image, size, view, overlay, draft, brush }, maskLayer) {
  return (
    <Stage id={STAGE_ID} width={viewport.width} height={viewport.height} x={view.x} y={view.y} scaleX={view.scale} scaleY={view.scale} listening={false}>
      {/* Zoomed far in, the photo's own pixels show square too, so strokes can be placed on them. */}
      <Layer listening={false} imageSmoothingEnabled={view.scale < 2}>
        <Rect x={0} y={0} width={size.width} height={size.height} fill="#000" shadowColor="#000" shadowBlur={24 / view.scale} shadowOpacity={0.6} />
        <KonvaImage image={image} x={0} y={0} width={size.width} height={size.height} />
      </Layer>
      {/* Past 1:1 the mask's pixels are drawn square, so a painter sees exactly which pixels change. */}
      <Layer ref={maskLayer} listening={false} imageSmoothingEnabled={view.scale < 1}>
        <KonvaImage image={overlay} x={0} y={0} width={size.width} height={size.height} opacity={OVERLAY_OPACITY} />
        {draft && <DraftShape draft={draft} scale={view.scale} />}
        <Rect x={0} y={0} width={size.width} height={size.height} stroke="rgba(255,255,255,0.25)" strokeWidth={1 / view.scale} />
        {brush && (
          <>
            <Circle x={brush.point.x} y={brush.point.y} radius={brush.size / 2} stroke="#000" strokeWidth={3 / view.scale} opacity={0.6} />
            <Circle x={brush.point.x} y={brush.point.y} radius={brush.size / 2} stroke={brush.erase ? "#fca5a5" : "#fff"} strokeWidth={1.25 / view.scale} />
          </>
        )}
      </Layer>
    </Stage>
  );
});
