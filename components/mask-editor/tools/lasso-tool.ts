// Lasso: idle --down--> drawing (outline starts) --move--> drawing (outline grows) --up-->
// idle, committing the closed outline when it encloses some area (a click or a line does not).
import type { Point } from "../model/mask-stroke";
import { farEnough, IDLE, resolveOp, stay, type MaskTool, type ToolEnv, type ToolState } from "./mask-tool";

function polygonArea(points: readonly number[]): number {
  const n = points.length >> 1;
  let twice = 0;
  for (let k = 0; k < n; k++) {
    const m = (k + 1) % n;
    twice += points[2 * k] * points[2 * m + 1] - points[2 * m] * points[2 * k + 1];
  }
  return Math.abs(twice) / 2;
}

function extend(state: ToolState, p: Point, env: ToolEnv): ToolState {
  if (state.phase !== "drawing" || state.stroke.kind !== "lasso") return state;
  if (!farEnough(state.stroke.points, p, env.screenPixel)) return state;
  return { phase: "drawing", stroke: { ...state.stroke, points: [...state.stroke.points, p.x, p.y] } };
}

export const lassoTool: MaskTool = {
  id: "lasso",
  label: "Lasso",
  down(state, p, env) {
    if (state.phase === "drawing") return stay(state);
    return stay({ phase: "drawing", stroke: { kind: "lasso", op: resolveOp("add", env.subtract), points: [p.x, p.y] } });
  },
  move: (state, p, env) => stay(extend(state, p, env)),
  up(state, p, env) {
    const last = extend(state, p, env);
    if (last.phase !== "drawing" || last.stroke.kind !== "lasso") return stay(last);
    const ok = last.stroke.points.length >= 6 && polygonArea(last.stroke.points) > 0;
    return { state: IDLE, commit: ok ? last.stroke : null };
  },
};
