import { describe, expect, it } from "vitest";
import type { MaskStroke } from "../model/mask-stroke";
import { canRedo, canUndo, editorReducer, HISTORY_LIMIT, initialEditorState, type EditorAction } from "./editor-state";

const a: MaskStroke = { kind: "rect", op: "add", x0: 0, y0: 0, x1: 4, y1: 4 };
const b: MaskStroke = { kind: "brush", op: "subtract", size: 2, points: [1, 1] };
const run = (...actions: EditorAction[]) => actions.reduce(editorReducer, initialEditorState);

describe("editorReducer", () => {
  it("commits strokes in order and undoes / redoes them one at a time", () => {
    const s = run({ type: "commit", stroke: a }, { type: "commit", stroke: b });
    expect(s.strokes).toEqual([a, b]);
    const undone = editorReducer(s, { type: "undo" });
    expect(undone.strokes).toEqual([a]);
    expect(canRedo(undone)).toBe(true);
    expect(editorReducer(undone, { type: "redo" }).strokes).toEqual([a, b]);
  });

  it("a new stroke after undo drops the redo branch", () => {
    const s = run({ type: "commit", stroke: a }, { type: "undo" }, { type: "commit", stroke: b });
    expect(s.strokes).toEqual([b]);
    expect(canRedo(s)).toBe(false);
  });

  it("invert and clear are undoable steps; clearing nothing is not", () => {
    const s = run({ type: "commit", stroke: a }, { type: "invert" }, { type: "clear" });
    expect(s.strokes).toEqual([]);
    expect(editorReducer(s, { type: "undo" }).strokes).toEqual([a, { kind: "invert" }]);
    expect(editorReducer(initialEditorState, { type: "clear" })).toBe(initialEditorState);
  });

  it("undo and redo at the ends of history change nothing", () => {
    expect(editorReducer(initialEditorState, { type: "undo" })).toBe(initialEditorState);
    expect(editorReducer(initialEditorState, { type: "redo" })).toBe(initialEditorState);
    expect(canUndo(initialEditorState)).toBe(false);
  });

  it("keeps at most HISTORY_LIMIT steps", () => {
    let s = initialEditorState;
    for (let k = 0; k < HISTORY_LIMIT + 20; k++) s = editorReducer(s, { type: "commit", stroke: a });
    expect(s.past).toHaveLength(HISTORY_LIMIT);
    expect(s.strokes).toHaveLength(HISTORY_LIMIT + 20);
  });
});
