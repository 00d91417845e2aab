// Rectangle: idle --down--> drawing (anchored at the press) --move--> drawing (opposite corner
// follows the pointer) --up--> idle, committing unless the drag covers no pixel centre (a click).
import type { RectStroke } from "../model/mask-stroke";
import { halfOpenRange } from "../raster/pixel-rows";
import { IDLE, resolveOp, stay, type MaskTool } from "./mask-tool";

function coversAPixel(r: RectStroke): boolean {
  const [i0, i1] = halfOpenRange(Math.min(r.x0, r.x1), Math.max(r.x0, r.x1));
  const [j0, j1] = halfOpenRange(Math.min(r.y0, r.y1), Math.max(r.y0, r.y1));
  return i1 > i0 && j1 > j0;
}

export const rectangleTool: MaskTool = {
  id: "rect",
  label: "Rectangle",
  down(state, p, env) {
    if (state.phase === "drawing") return stay(state);
    return stay({ phase: "drawing", stroke: { kind: "rect", op: resolveOp("add", env.subtract), x0: p.x, y0: p.y, x1: p.x, y1: p.y } });
  },
  move(state, p) {
    if (state.phase !== "drawing" || state.stroke.kind !== "rect") return stay(state);
    return stay({ phase: "drawing", stroke: { ...state.stroke, x1: p.x, y1: p.y } });
  },
  up(state, p) {
    if (state.phase !== "drawing" || state.stroke.kind !== "rect") return stay(state);
    const r = { ...state.stroke, x1: p.x, y1: p.y };
    const stroke: RectStroke = { ...r, x0: Math.min(r.x0, r.x1), y0: Math.min(r.y0, r.y1), x1: Math.max(r.x0, r.x1), y1: Math.max(r.y0, r.y1) };
    return { state: IDLE, commit: coversAPixel(stroke) ? stroke : null };
  },
};
