// The mask painter: paint the area to change on an image (brush, eraser, rectangle, lasso, undo,
// zoom), with a side panel the caller supplies (Vary (Region)'s form, the Edit page's form).
// Client-only (Konva needs a browser): load it through mask-editor-lazy.tsx.
"use client";

import type Konva from "konva";
import { useCallback, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import type { MaskDocument, MaskStroke, Point } from "./model/mask-stroke";
import { canRedo, canUndo, editorReducer, initialEditorState } from "./state/editor-state";
import type { ToolId } from "./tools/mask-tool";
import { toolById } from "./tools/tools";
import { brushRange, defaultBrushSize, stepBrushSize } from "./ui/brush-size";
import { MaskStage } from "./ui/mask-stage";
import { MaskToolbar } from "./ui/mask-toolbar";
import { useEditorShortcuts } from "./ui/use-editor-shortcuts";
import { useElementSize } from "./ui/use-element-size";
import { useHtmlImage } from "./ui/use-html-image";
import { useMaskOverlay } from "./ui/use-mask-overlay";
import { useStagePointers } from "./ui/use-stage-pointers";
import { useView } from "./ui/use-view";
import { cn } from "@/components/ui/styles";

/** What the side panel knows of the painting. */
export interface PaintedMask {
  /** The strokes at the image's natural size: export them with exportMaskPng. */
  doc: MaskDocument;
  /** The share of the image painted, 0-100. */
  paintedPercent: number;
}

export interface MaskPainterProps {
  imageUrl: string;
  /** The image's natural size: the mask is exported at exactly this size. */
  width: number;
  height: number;
  /** The side panel (a form that submits the mask), drawn beside the canvas. */
  panel: (mask: PaintedMask) => ReactNode;
}

const ZOOM_STEP = 1.5;

export function MaskPainter({ imageUrl, width, height, panel }: MaskPainterProps) {
  const size = useMemo(() => ({ width, height }), [width, height]);
  const range = useMemo(() => brushRange(width, height), [width, height]);
  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  const [toolId, setToolId] = useState<ToolId>("brush");
  const [brushSize, setBrushSize] = useState(() => defaultBrushSize(width, height));
  const [draft, setDraft] = useState<MaskStroke | null>(null);
  const [hover, setHover] = useState<Point | null>(null);
  const [panning, setPanning] = useState(false);
  const [spaceHeld, setSpaceHeld] = useState(false);
  const spaceHeldRef = useRef(false);

  const stageBox = useRef<HTMLDivElement>(null);
  const viewport = useElementSize(stageBox);
  const view = useView(size, viewport);
  const maskLayer = useRef<Konva.Layer>(null);
  const redraw = useCallback(() => {
    maskLayer.current?.batchDraw();
  }, []);
  const overlay = useMaskOverlay(width, height, state.strokes, draft, redraw);
  const image = useHtmlImage(imageUrl);

  const onCommit = useCallback((stroke: MaskStroke) => dispatch({ type: "commit", stroke }), []);
  const pointers = useStagePointers({
    containerRef: stageBox,
    view,
    tool: toolById[toolId],
    brushSize,
    spaceHeld: spaceHeldRef,
    onDraft: setDraft,
    onCommit,
    onHover: setHover,
    onPanning: setPanning,
  });
  const { cancelStroke } = pointers;
  const { zoomBy, fit } = view;

  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);
  const clear = useCallback(() => dispatch({ type: "clear" }), []);
  const invert = useCallback(() => dispatch({ type: "invert" }), []);
  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP), [zoomBy]);
  const selectTool = useCallback(
    (id: ToolId) => {
      cancelStroke();
      setToolId(id);
    },
    [cancelStroke],
  );
  useEditorShortcuts({
    undo,
    redo,
    selectTool,
    resizeBrush: (direction) => setBrushSize((s) => stepBrushSize(s, direction, range)),
    zoom: (direction) => zoomBy(direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP),
    fit,
    cancelStroke,
    setSpaceHeld: (held) => {
      spaceHeldRef.current = held;
      setSpaceHeld(held);
    },
  });

  const brushLike = toolId === "brush" || toolId === "eraser";
  const cursor = panning ? "grabbing" : spaceHeld ? "grab" : brushLike ? "none" : "crosshair";
  const paintedPercent = (100 * overlay.paintedPixels) / (width * height);

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 lg:flex-row">
      <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-2">
        <div
          ref={stageBox}
          role="application"
          aria-label={`Mask canvas, ${width} × ${height} pixels. Paint the area to change.`}
          tabIndex={0}
          data-view-scale={view.view.scale}
          data-view-x={view.view.x}
          data-view-y={view.view.y}
          data-painted-pixels={overlay.paintedPixels}
          // Phones: a box of the image's own shape (no wasted height for wide images, capped for tall ones).
          className={cn(
            "relative order-1 aspect-(--mask-ratio) max-h-[60dvh] min-h-64 w-full touch-none overflow-hidden",
            "rounded-xl border border-white/5 bg-ink-900 select-none md:order-2 md:aspect-auto md:max-h-none",
            "md:min-h-0 md:flex-1",
          )}
          style={
            {
              "--mask-ratio": `${width} / ${height}`,
              touchAction: "none",
              cursor,
              backgroundImage: "repeating-conic-gradient(#17171b 0 25%, #121215 0 50%)",
              backgroundSize: "24px 24px",
            } as React.CSSProperties
          }
          onPointerDown={pointers.onPointerDown}
          onPointerMove={pointers.onPointerMove}
          onPointerUp={pointers.onPointerUp}
          onPointerCancel={pointers.onPointerCancel}
          onPointerLeave={pointers.onPointerLeave}
          onContextMenu={(e) => e.preventDefault()}
          // A middle press would start the browser's autoscroll instead of panning.
          onMouseDown={(e) => e.button === 1 && e.preventDefault()}
        >
          {viewport && image.status === "ready" && (
            <MaskStage
              ref={maskLayer}
              viewport={viewport}
              image={image.image}
              size={size}
              view={view.view}
              overlay={overlay.canvas}
              draft={draft}
              brush={brushLike && hover && !panning && !spaceHeld ? { point: hover, size: brushSize, erase: toolId === "eraser" } : null}
            />
          )}
          {image.status !== "ready" && (
            <p
              className="absolute inset-0 grid place-items-center p-6 text-center text-sm text-neutral-400"
              role={image.status === "error" ? "alert" : "status"}
            >
              {image.status === "error" ? "The image could not be loaded. Reload the page to try again." : "Loading the image…"}
            </p>
          )}
        </div>
        <div className="order-2 md:order-1">
          <MaskToolbar
            tool={toolId}
            onTool={selectTool}
            brushSize={brushSize}
            brushRange={range}
            onBrushSize={setBrushSize}
            canUndo={canUndo(state)}
            canRedo={canRedo(state)}
            canClear={state.strokes.length > 0}
            onUndo={undo}
            onRedo={redo}
            onClear={clear}
            onInvert={invert}
            zoomPercent={Math.round(view.view.scale * 100)}
            onZoomIn={zoomIn}
            onZoomOut={zoomOut}
            onFit={fit}
          />
        </div>
      </div>
      <aside className="flex flex-col gap-4 lg:w-80 lg:shrink-0">
        {panel({ doc: { width, height, strokes: state.strokes }, paintedPercent })}
        <details className="hidden text-xs text-neutral-500 md:block">
          <summary className="cursor-pointer text-neutral-400">Shortcuts</summary>
          <p className="mt-2 leading-relaxed">
            B brush · E eraser · R rectangle · L lasso · [ ] brush size · Alt takes paint away · Ctrl+Z undo · Ctrl+Shift+Z or Ctrl+Y redo · wheel zooms ·
            Space+drag or middle-drag pans · 0 fits · Esc drops a stroke
          </p>
        </details>
      </aside>
    </div>
  );
}
