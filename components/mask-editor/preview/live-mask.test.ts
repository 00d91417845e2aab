// The preview must always equal the export: after any sequence of drafts, commits, undos and
// cancels, the live bitmap is exactly rasterizeMask(committed strokes + current draft).
import { describe, expect, it } from "vitest";
import type { BrushStroke, MaskStroke } from "../model/mask-stroke";
import { rasterizeMask } from "../raster/rasterize-mask";
import { seededRandom } from "../raster/test-helpers";
import { editorReducer, initialEditorState, type EditorState } from "../state/editor-state";
import { LiveMask } from "./live-mask";

const W = 97;
const H = 61;

function expectEqualToExport(live: LiveMask, strokes: readonly MaskStroke[], draft: MaskStroke | null) {
  const want = rasterizeMask({ width: W, height: H, strokes: draft ? [...strokes, draft] : strokes });
  expect(Buffer.from(live.bitmap.bits).equals(Buffer.from(want.bits))).toBe(true);
}

describe("LiveMask", () => {
  it("matches the export through random drawing, committing, undo, redo, clear, invert and cancels", () => {
    const random = seededRandom(5);
    const live = new LiveMask(W, H);
    let state: EditorState = initialEditorState;
    for (let step = 0; step < 300; step++) {
      const roll = random();
      if (roll < 0.45) {
        // A brush draft grows a few points at a time, then is committed or cancelled.
        let draft: BrushStroke = { kind: "brush", op: random() < 0.3 ? "subtract" : "add", size: 1 + random() * 12, points: [random() * W, random() * H] };
        live.sync(state.strokes, draft);
        expectEqualToExport(live, state.strokes, draft);
        for (let k = 0; k < 1 + random() * 5; k++) {
          draft = { ...draft, points: [...draft.points, random() * W, random() * H] };
          live.sync(state.strokes, draft);
          expectEqualToExport(live, state.strokes, draft);
        }
        if (random() < 0.8) state = editorReducer(state, { type: "commit", stroke: { ...draft, points: [...draft.points, random() * W, random() * H] } });
        live.sync(state.strokes, null);
      } else if (roll < 0.6) {
        const [x, y] = [random() * W, random() * H];
        state = editorReducer(state, {
          type: "commit",
          stroke: { kind: "rect", op: random() < 0.3 ? "subtract" : "add", x0: x, y0: y, x1: x + random() * 30, y1: y + random() * 30 },
        });
        live.sync(state.strokes, null);
      } else if (roll < 0.7) {
        state = editorReducer(state, {
          type: "commit",
          stroke: { kind: "lasso", op: "add", points: Array.from({ length: 10 }, (_, i) => (i % 2 ? random() * H : random() * W)) },
        });
        live.sync(state.strokes, null);
      } else {
        const type = (["undo", "undo", "redo", "clear", "invert"] as const)[Math.floor(random() * 5)];
        state = editorReducer(state, { type });
        live.sync(state.strokes, null);
      }
      expectEqualToExport(live, state.strokes, null);
      expect(live.paintedPixels).toBe(live.bitmap.bits.reduce((n, v) => n + v, 0));
    }
  });

  it("reports only the pixels a new stroke touched", () => {
    const live = new LiveMask(W, H);
    const strokes: MaskStroke[] = [{ kind: "rect", op: "add", x0: 10, y0: 5, x1: 20, y1: 9 }];
    expect(live.sync(strokes, null)).toEqual({ x0: 10, y0: 5, x1: 20, y1: 9 });
    expect(live.sync(strokes, null)).toBeNull();
  });
});
