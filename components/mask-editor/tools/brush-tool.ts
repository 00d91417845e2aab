// Brush: press to drop a disc, drag to sweep it. idle --down--> drawing --move--> drawing
// (one point per screen pixel travelled) --up--> idle, committing the stroke.
import type { BrushStroke, MaskOp, Point } from "../model/mask-stroke";
import { farEnough, IDLE, resolveOp, stay, type MaskTool, type ToolEnv, type ToolId, type ToolState } from "./mask-tool";

function extend(state: ToolState, p: Point, env: ToolEnv): ToolState {
  if (state.phase !== "drawing" || state.stroke.kind !== "brush") return state;
  if (!farEnough(state.stroke.points, p, env.screenPixel)) return state;
  return { phase: "drawing", stroke: { ...state.stroke, points: [...state.stroke.points, p.x, p.y] } };
}

export function createBrushTool(id: ToolId, label: string, op: MaskOp): MaskTool {
  return {
    id,
    label,
    down(state, p, env) {
      if (state.phase === "drawing") return stay(state);
      const stroke: BrushStroke = { kind: "brush", op: resolveOp(op, env.subtract), size: env.brushSize, points: [p.x, p.y] };
      return stay({ phase: "drawing", stroke });
    },
    move: (state, p, env) => stay(extend(state, p, env)),
    up(state, p, env) {
      const last = extend(state, p, env);
      return { state: IDLE, commit: last.phase === "drawing" ? last.stroke : null };
    },
  };
}

export const brushTool = createBrushTool("brush", "Brush", "add");
