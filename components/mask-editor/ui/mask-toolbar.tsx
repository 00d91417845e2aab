// Tools, brush size, history, mask and view controls. Wraps into rows on narrow screens.
"use client";

import { memo, useId } from "react";
import { TOOLS } from "../tools/tools";
import type { ToolId } from "../tools/mask-tool";
import type { IconName } from "./tool-icons";
import { ToolbarButton } from "./toolbar-button";

export interface MaskToolbarProps {
  tool: ToolId;
  onTool: (tool: ToolId) => void;
  brushSize: number;
  brushRange: { min: number; max: number };
  onBrushSize: (size: number) => void;
  canUndo: boolean;
  canRedo: boolean;
  canClear: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClear: () => void;
  onInvert: () => void;
  zoomPercent: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

const TOOL_ICONS: Record<ToolId, IconName> = { brush: "brush", eraser: "eraser", rect: "rect", lasso: "lasso" };

function Group({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-1">
      {children}
    </div>
  );
}

/** Arrow keys, Home and End move between the toolbar's controls (the slider keeps its own arrows). */
function moveFocus(e: React.KeyboardEvent<HTMLDivElement>) {
  if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key) || e.target instanceof HTMLInputElement) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>("button:not(:disabled), input")];
  const i = items.indexOf(e.target as HTMLElement);
  if (i < 0) return;
  const next = e.key === "Home" ? 0 : e.key === "End" ? items.length - 1 : (i + (e.key === "ArrowRight" ? 1 : -1) + items.length) % items.length;
  items[next].focus();
  e.preventDefault();
}

export const MaskToolbar = memo(function MaskToolbar(p: MaskToolbarProps) {
  const sizeId = useId();
  const brushLike = p.tool === "brush" || p.tool === "eraser";
  return (
    <div
      role="toolbar"
      aria-label="Mask tools"
      onKeyDown={moveFocus}
      className="flex flex-wrap items-center gap-x-1 gap-y-1 rounded-xl sm:gap-x-2 border border-white/10 bg-ink-900/95 p-1.5 backdrop-blur"
    >
      <Group label="Tools">
        {TOOLS.map((t) => (
          <ToolbarButton key={t.id} icon={TOOL_ICONS[t.id]} label={t.label} pressed={p.tool === t.id} onClick={() => p.onTool(t.id)} />
        ))}
      </Group>
      <div className={`flex min-h-11 items-center gap-2 px-2 ${brushLike ? "" : "opacity-60"}`}>
        <label htmlFor={sizeId} className="text-xs font-medium whitespace-nowrap text-neutral-300 sm:text-sm">
          Brush size
        </label>
        <input
          id={sizeId}
          type="range"
          min={p.brushRange.min}
          max={p.brushRange.max}
          step={1}
          value={p.brushSize}
          onChange={(e) => p.onBrushSize(Number(e.target.value))}
          aria-valuetext={`${p.brushSize} pixels`}
          className="h-11 w-28 accent-accent sm:w-32"
        />
        <output htmlFor={sizeId} className="w-14 text-right text-xs text-neutral-400 tabular-nums sm:text-sm">
          {p.brushSize} px
        </output>
      </div>
      <Group label="History">
        <ToolbarButton icon="undo" label="Undo" compact onClick={p.onUndo} disabled={!p.canUndo} title="Undo (Ctrl+Z)" />
        <ToolbarButton icon="redo" label="Redo" compact onClick={p.onRedo} disabled={!p.canRedo} title="Redo (Ctrl+Shift+Z)" />
      </Group>
      <Group label="Mask">
        <ToolbarButton icon="clear" label="Clear" onClick={p.onClear} disabled={!p.canClear} />
        <ToolbarButton icon="invert" label="Invert" onClick={p.onInvert} />
      </Group>
      <Group label="View">
        <ToolbarButton icon="zoomOut" label="Zoom out" compact onClick={p.onZoomOut} title="Zoom out (−)" />
        <ToolbarButton icon="zoomIn" label="Zoom in" compact onClick={p.onZoomIn} title="Zoom in (+)" />
        <ToolbarButton icon="fit" label="Fit" compact onClick={p.onFit} title="Fit the image (0)" />
        <span className="hidden w-12 text-center text-xs text-neutral-400 tabular-nums sm:inline" title="Zoom level">
          {p.zoomPercent}%
        </span>
      </Group>
    </div>
  );
});
