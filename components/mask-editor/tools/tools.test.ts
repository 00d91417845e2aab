import { describe, expect, it } from "vitest";
import { brushTool } from "./brush-tool";
import { eraserTool } from "./eraser-tool";
import { lassoTool } from "./lasso-tool";
import { draftOf, IDLE, type MaskTool, type ToolEnv, type ToolStep } from "./mask-tool";
import { rectangleTool } from "./rectangle-tool";

const env: ToolEnv = { brushSize: 12, screenPixel: 1, subtract: false };

/** Presses at the first point, moves through the rest, releases at the last. */
function drag(tool: MaskTool, points: [number, number][], e: ToolEnv = env): ToolStep {
  let step = tool.down(IDLE, { x: points[0][0], y: points[0][1] }, e);
  for (const [x, y] of points.slice(1, -1)) step = tool.move(step.state, { x, y }, e);
  const [x, y] = points[points.length - 1];
  return tool.up(step.state, { x, y }, e);
}

describe("tools", () => {
  it("brush: a tap commits a disc; a drag keeps points at least a screen pixel apart", () => {
    expect(
      drag(brushTool, [
        [5, 5],
        [5, 5],
      ]).commit,
    ).toEqual({ kind: "brush", op: "add", size: 12, points: [5, 5] });
    const step = drag(brushTool, [
      [0, 0],
      [0.3, 0],
      [1, 0],
      [1.2, 0],
      [3, 0],
    ]);
    expect(step.commit).toEqual({ kind: "brush", op: "add", size: 12, points: [0, 0, 1, 0, 3, 0] });
    expect(step.state).toBe(IDLE);
  });

  it("brush shows its stroke as a draft while drawing", () => {
    const down = brushTool.down(IDLE, { x: 1, y: 2 }, env);
    const moved = brushTool.move(down.state, { x: 9, y: 2 }, env);
    expect(draftOf(moved.state)).toMatchObject({ kind: "brush", points: [1, 2, 9, 2] });
    expect(moved.commit).toBeNull();
  });

  it("eraser subtracts; Alt or a pen's eraser end flips either brush", () => {
    expect(
      drag(eraserTool, [
        [1, 1],
        [4, 4],
      ]).commit,
    ).toMatchObject({ kind: "brush", op: "subtract" });
    expect(
      drag(
        brushTool,
        [
          [1, 1],
          [4, 4],
        ],
        { ...env, subtract: true },
      ).commit,
    ).toMatchObject({ op: "subtract" });
    expect(
      drag(
        eraserTool,
        [
          [1, 1],
          [4, 4],
        ],
        { ...env, subtract: true },
      ).commit,
    ).toMatchObject({ op: "add" });
  });

  it("rectangle: commits normalised corners; a click commits nothing", () => {
    expect(
      drag(rectangleTool, [
        [50, 40],
        [30, 35],
        [10.5, 20.25],
      ]).commit,
    ).toEqual({ kind: "rect", op: "add", x0: 10.5, y0: 20.25, x1: 50, y1: 40 });
    expect(
      drag(rectangleTool, [
        [5, 5],
        [5.2, 5.3],
      ]).commit,
    ).toBeNull();
  });

  it("lasso: commits an enclosed outline; a straight line commits nothing", () => {
    expect(
      drag(lassoTool, [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]).commit,
    ).toEqual({ kind: "lasso", op: "add", points: [0, 0, 10, 0, 10, 10, 0, 10] });
    expect(
      drag(lassoTool, [
        [0, 0],
        [5, 5],
        [10, 10],
      ]).commit,
    ).toBeNull();
  });

  it("a second press while drawing is ignored (one stroke at a time)", () => {
    const down = rectangleTool.down(IDLE, { x: 1, y: 1 }, env);
    expect(rectangleTool.down(down.state, { x: 50, y: 50 }, env).state).toBe(down.state);
  });
});
