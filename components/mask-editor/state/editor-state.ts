// The editor's document state as plain data: the strokes and the undo/redo history. Every
// entry of `past`/`future` is a whole strokes list; lists share their stroke objects, so a
// long history costs little memory.
import type { MaskStroke } from "../model/mask-stroke";

/** Enough to undo a long session without letting a runaway history grow forever. */
export const HISTORY_LIMIT = 500;

export interface EditorState {
  strokes: readonly MaskStroke[];
  past: readonly (readonly MaskStroke[])[];
  future: readonly (readonly MaskStroke[])[];
}

export type EditorAction = { type: "commit"; stroke: MaskStroke } | { type: "invert" } | { type: "clear" } | { type: "undo" } | { type: "redo" };

export const initialEditorState: EditorState = { strokes: [], past: [], future: [] };

function record(state: EditorState, strokes: readonly MaskStroke[]): EditorState {
  const past = [...state.past, state.strokes];
  return { strokes, past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "commit":
      return record(state, [...state.strokes, action.stroke]);
    case "invert":
      return record(state, [...state.strokes, { kind: "invert" }]);
    case "clear":
      // Clearing an empty mask would only add a no-op step to undo through.
      return state.strokes.length === 0 ? state : record(state, []);
    case "undo": {
      if (state.past.length === 0) return state;
      return { strokes: state.past[state.past.length - 1], past: state.past.slice(0, -1), future: [state.strokes, ...state.future] };
    }
    case "redo": {
      if (state.future.length === 0) return state;
      return { strokes: state.future[0], past: [...state.past, state.strokes], future: state.future.slice(1) };
    }
  }
}

export const canUndo = (state: EditorState) => state.past.length > 0;
export const canRedo = (state: EditorState) => state.future.length > 0;
