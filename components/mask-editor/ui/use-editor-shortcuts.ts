// Keyboard shortcuts: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo, B/E/R/L tools, [ ] brush
// size, + − zoom, 0 fit, Escape drops the stroke in progress, Space held pans. Typing in the
// prompt box keeps its own shortcuts (Ctrl+Z there undoes text, not paint).
"use client";

import { useEffect, useRef } from "react";
import type { ToolId } from "../tools/mask-tool";

export interface ShortcutActions {
  undo: () => void;
  redo: () => void;
  selectTool: (tool: ToolId) => void;
  resizeBrush: (direction: 1 | -1) => void;
  zoom: (direction: 1 | -1) => void;
  fit: () => void;
  cancelStroke: () => void;
  setSpaceHeld: (held: boolean) => void;
}

const TOOL_KEYS: Record<string, ToolId> = { b: "brush", e: "eraser", r: "rect", l: "lasso" };

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.type !== "range" && target.type !== "button";
}

export function useEditorShortcuts(actions: ShortcutActions) {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTextEntry(e.target)) return;
      const a = ref.current;
      const key = e.key.toLowerCase();
      const mod = e.ctrlKey || e.metaKey;
      if (mod && key === "z") a[e.shiftKey ? "redo" : "undo"]();
      else if (mod && key === "y") a.redo();
      else if (mod || e.altKey) return;
      else if (key === " ") {
        // Space pans while held; on a focused button it keeps its usual meaning.
        if (e.target instanceof HTMLButtonElement) return;
        a.setSpaceHeld(true);
      } else if (TOOL_KEYS[key] && !e.repeat) a.selectTool(TOOL_KEYS[key]);
      else if (key === "[" || key === "]") a.resizeBrush(key === "]" ? 1 : -1);
      else if (key === "+" || key === "=" || key === "-") a.zoom(key === "-" ? -1 : 1);
      else if (key === "0") a.fit();
      else if (key === "escape") a.cancelStroke();
      else return;
      e.preventDefault();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === " ") ref.current.setSpaceHeld(false);
    };
    const onBlur = () => ref.current.setSpaceHeld(false);
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("keyup", onKeyUp);
    window.addEventListener("blur", onBlur);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("keyup", onKeyUp);
      window.removeEventListener("blur", onBlur);
    };
  }, []);
}
