// The stage's view (zoom and pan). It follows "fit" until the person zooms or pans, and
// returns to it with Fit; a ref mirrors the state so pointer handlers read the latest view.
"use client";

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Point } from "../model/mask-stroke";
import { fitView, zoomAround, zoomLimits, type Size, type View, type ZoomLimits } from "../view/view-transform";

export interface ViewControls {
  view: View;
  viewRef: React.RefObject<View>;
  limits: ZoomLimits;
  /** Replaces the view (a pan, a pinch, a wheel step); the view stops following fit. */
  setView: (next: (view: View, limits: ZoomLimits) => View) => void;
  zoomBy: (factor: number, anchor?: Point) => void;
  fit: () => void;
}

export function useView(image: Size, viewport: Size | null): ViewControls {
  const [manual, setManual] = useState<View | null>(null);
  const fitted = useMemo(() => (viewport ? fitView(image, viewport) : { scale: 1, x: 0, y: 0 }), [image, viewport]);
  const limits = useMemo(() => zoomLimits(fitted.scale), [fitted.scale]);
  const view = manual ?? fitted;
  const viewRef = useRef(view);
  const limitsRef = useRef(limits);
  useLayoutEffect(() => {
    viewRef.current = view;
    limitsRef.current = limits;
  }, [view, limits]);

  const setView = useCallback((next: (view: View, limits: ZoomLimits) => View) => {
    const updated = next(viewRef.current, limitsRef.current);
    viewRef.current = updated;
    setManual(updated);
  }, []);
  const zoomBy = useCallback(
    (factor: number, anchor?: Point) =>
      setView((v, l) => zoomAround(v, anchor ?? { x: (viewport?.width ?? 0) / 2, y: (viewport?.height ?? 0) / 2 }, factor, l)),
    [setView, viewport],
  );
  const fit = useCallback(() => setManual(null), []);
  return { view, viewRef, limits, setView, zoomBy, fit };
}
