"use client";

import { useEffect, useRef, useState } from "react";
import { gridWindow, type GridWindow } from "./grid-window";

/**
 * The rows of a square-cell grid to render now; null until measured (then everything renders).
 * Cells are at least min(minCell px, 40vw) wide, as the grid's CSS says.
 */
export function useGridWindow(count: number, minCell: number, gap: number) {
  const ref = useRef<HTMLUListElement>(null);
  const [win, setWin] = useState<GridWindow | null>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const rect = node.getBoundingClientRect();
      const next = gridWindow(count, node.clientWidth, rect.top, window.innerHeight, Math.min(minCell, 0.4 * window.innerWidth), gap);
      setWin((prev) =>
        prev && prev.start === next.start && prev.end === next.end && prev.padTop === next.padTop && prev.padBottom === next.padBottom ? prev : next,
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    const observer = new ResizeObserver(schedule);
    observer.observe(node);
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [count, minCell, gap]);

  return { ref, win };
}
