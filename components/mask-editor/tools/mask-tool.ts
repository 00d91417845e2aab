// What every tool is: a small state machine over pointer events in image coordinates.
// A tool is idle or drawing one stroke (the draft the stage previews); releasing the pointer
// may commit that stroke to the editor's history. Tools never touch the DOM or Konva.
import type { MaskOp, MaskStroke, Point } from "../model/mask-stroke";

export type ToolId = "brush" | "eraser" | "rect" | "lasso";

export type ToolState = { phase: "idle" } | { phase: "drawing"; stroke: MaskStroke };

export interface ToolEnv {
  /** Brush diameter in image pixels. */
  brushSize: number;
  /** One screen pixel in image pixels: points closer than this add nothing a painter can see. */
  screenPixel: number;
  /** Alt held, or a pen's eraser end: the tool takes away instead of painting. */
  subtract: boolean;
}

export interface ToolStep {
  state: ToolState;
  commit: MaskStroke | null;
}

export interface MaskTool {
  id: ToolId;
  label: string;
  down(state: ToolState, p: Point, env: ToolEnv): ToolStep;
  move(state: ToolState, p: Point, env: ToolEnv): ToolStep;
  up(state: ToolState, p: Point, env: ToolEnv): ToolStep;
}

export const IDLE: ToolState = { phase: "idle" };

export const stay = (state: ToolState): ToolStep => ({ state, commit: null });

/** Escape, a second finger or a lost pointer: drop the draft, commit nothing. */
export const cancelTool = (): ToolStep => ({ state: IDLE, commit: null });

export function draftOf(state: ToolState): MaskStroke | null {
  return state.phase === "drawing" ? state.stroke : null;
}

export function resolveOp(op: MaskOp, subtract: boolean): MaskOp {
  if (!subtract) return op;
  return op === "add" ? "subtract" : "add";
}

/** Whether `p` is far enough from the last point of a flat list to be worth keeping. */
export function farEnough(points: readonly number[], p: Point, minStep: number): boolean {
  const n = points.length;
  return Math.hypot(p.x - points[n - 2], p.y - points[n - 1]) >= minStep;
}
