// Pointer events (mouse, pen, touch) on the stage, routed to the active tool, to panning or
// to pinch-zoom. Positions are converted to image pixels here, once, before any tool sees them.
"use client";

import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import type { MaskStroke, Point } from "../model/mask-stroke";
import { cancelTool, draftOf, IDLE, type MaskTool, type ToolState, type ToolStep } from "../tools/mask-tool";
import { panBy, pinchView, screenToImage, wheelZoomFactor, zoomAround } from "../view/view-transform";
import { endGesture, NO_GESTURE, startGesture, type Gesture } from "./pointer-gesture";
import type { ViewControls } from "./use-view";

export interface StagePointerOptions {
  containerRef: RefObject<HTMLDivElement | null>;
  view: ViewControls;
  tool: MaskTool;
  brushSize: number;
  spaceHeld: RefObject<boolean>;
  onDraft: (draft: MaskStroke | null) => void;
  onCommit: (stroke: MaskStroke) => void;
  /** The hovering mouse or pen in image pixels (null when it leaves), for the brush outline. */
  onHover: (p: Point | null) => void;
  /** Called when a pan or pinch starts or ends, to show a grabbing cursor. */
  onPanning: (panning: boolean) => void;
}

export function useStagePointers(options: StagePointerOptions) {
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const gesture = useRef<Gesture>(NO_GESTURE);
  const toolState = useRef<ToolState>(IDLE);
  const touches = useRef(new Map<number, Point>());

  const local = useCallback((e: { clientX: number; clientY: number }): Point => {
    const rect = opts.current.containerRef.current?.getBoundingClientRect();
    return { x: e.clientX - (rect?.left ?? 0), y: e.clientY - (rect?.top ?? 0) };
  }, []);

  const applyStep = useCallback((step: ToolStep) => {
    toolState.current = step.state;
    opts.current.onDraft(draftOf(step.state));
    if (step.commit) opts.current.onCommit(step.commit);
  }, []);

  const env = useCallback((e: ReactPointerEvent | PointerEvent) => {
    const { brushSize, view } = opts.current;
    // Alt, or a pen's eraser end (button 5 / buttons bit 32), takes paint away.
    return { brushSize, screenPixel: 1 / view.viewRef.current.scale, subtract: e.altKey || e.button === 5 || (e.buttons & 32) !== 0 };
  }, []);

  const cancelStroke = useCallback(() => {
    if (toolState.current.phase !== "idle") applyStep(cancelTool());
  }, [applyStep]);

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      const point = local(e);
      if (e.pointerType === "touch") touches.current.set(e.pointerId, point);
      const before = gesture.current;
      const next = startGesture(
        before,
        { pointerId: e.pointerId, pointerType: e.pointerType, button: e.button, point },
        touches.current,
        opts.current.spaceHeld.current,
      );
      if (next === before) return;
      e.preventDefault();
      e.currentTarget.focus({ preventScroll: true });
      e.currentTarget.setPointerCapture(e.pointerId);
      gesture.current = next;
      if (before.kind === "tool") cancelStroke();
      if (next.kind === "pan" || next.kind === "pinch") opts.current.onPanning(true);
      if (next.kind === "tool") {
        const { tool, view } = opts.current;
        applyStep(tool.down(toolState.current, screenToImage(view.viewRef.current, point), env(e)));
      }
    },
    [applyStep, cancelStroke, env, local],
  );

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      const point = local(e);
      const { view, tool } = opts.current;
      if (e.pointerType !== "touch") opts.current.onHover(screenToImage(view.viewRef.current, point));
      if (e.pointerType === "touch" && touches.current.has(e.pointerId)) touches.current.set(e.pointerId, point);
      const g = gesture.current;
      if (g.kind === "tool" && g.pointerId === e.pointerId) {
        // Coalesced events keep fast pen and mouse strokes smooth between animation frames.
        const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
        let step: ToolStep = { state: toolState.current, commit: null };
        for (const ev of events.length > 0 ? events : [e.nativeEvent]) step = tool.move(step.state, screenToImage(view.viewRef.current, local(ev)), env(e));
        if (step.state !== toolState.current) applyStep(step);
      } else if (g.kind === "pan" && g.pointerId === e.pointerId) {
        view.setView((v) => panBy(v, point.x - g.last.x, point.y - g.last.y));
        gesture.current = { ...g, last: point };
      } else if (g.kind === "pinch" && g.ids.includes(e.pointerId)) {
        const now: [Point, Point] = [touches.current.get(g.ids[0]) ?? g.last[0], touches.current.get(g.ids[1]) ?? g.last[1]];
        view.setView((v, limits) => pinchView(v, g.last, now, limits));
        gesture.current = { ...g, last: now };
      }
    },
    [applyStep, env, local],
  );

  const finish = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>, cancelled: boolean) => {
      touches.current.delete(e.pointerId);
      const g = gesture.current;
      if (g.kind === "tool" && g.pointerId === e.pointerId) {
        const { tool, view } = opts.current;
        if (cancelled) cancelStroke();
        else applyStep(tool.up(toolState.current, screenToImage(view.viewRef.current, local(e)), env(e)));
      }
      gesture.current = endGesture(g, e.pointerId, touches.current.size);
      if ((g.kind === "pan" || g.kind === "pinch") && gesture.current.kind !== g.kind) opts.current.onPanning(false);
    },
    [applyStep, cancelStroke, env, local],
  );

  const onPointerUp = useCallback((e: ReactPointerEvent<HTMLDivElement>) => finish(e, false), [finish]);
  const onPointerCancel = useCallback((e: ReactPointerEvent<HTMLDivElement>) => finish(e, true), [finish]);
  const onPointerLeave = useCallback(() => opts.current.onHover(null), []);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = options.containerRef.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const anchor = local(e);
      opts.current.view.setView((v, limits) => zoomAround(v, anchor, wheelZoomFactor(e.deltaY, e.deltaMode, e.ctrlKey), limits));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [options.containerRef, local]);

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onPointerLeave, cancelStroke };
}
