// Fields of a task object that midjourney-proxy and its trueai fork fill in the same way, so
// both vendors' task objects read them from here rather than each keeping a copy.
import { failureAt, successAt, type TaskState } from "../engine/task-state";
import type { TaskKind, TaskRow } from "../store/task-types";

/** midjourney-proxy's documented action enum; trueai renames reroll and upscale (its own file says how). */
export const MJ_ACTION_NAMES: Readonly<Record<TaskKind, string>> = {
  imagine: "IMAGINE",
  upsample: "UPSCALE",
  upscale: "UPSCALE",
  variation: "VARIATION",
  vary: "VARIATION",
  inpaint: "VARIATION",
  reroll: "REROLL",
  zoom: "ZOOM",
  make_square: "ZOOM",
  pan: "PAN",
  blend: "BLEND",
  describe: "DESCRIBE",
  shorten: "SHORTEN",
  swap_face: "SWAP_FACE",
  // Issue 14: new-api names these VIDEO and EDITS (constant/midjourney.go, MjActionVideo/MjActionEdits);
  // picking a clip is an UPSCALE in trueai (SubmitController.cs:539-542).
  video: "VIDEO",
  video_upscale: "UPSCALE",
  edit: "EDITS",
  retexture: "RETEXTURE",
};

export type MjPhaseStatus = "NOT_START" | "SUBMITTED" | "MODAL" | "IN_PROGRESS" | "FAILURE" | "SUCCESS";

export function mjStatus(state: TaskState): MjPhaseStatus {
  if (state.phase === "running") return state.index === 0 ? "SUBMITTED" : "IN_PROGRESS";
  return ({ modal: "MODAL", queued: "NOT_START", succeeded: "SUCCESS", failed: "FAILURE" } as const)[state.phase];
}

/** A task that just settled may not be saved as settled yet: its time then comes from the clock rules. */
export function mjFinishTime(row: TaskRow, state: TaskState): number | null {
  if (state.phase === "succeeded") return row.finishedAt ?? successAt(row);
  if (state.phase === "failed") return row.finishedAt ?? failureAt(row)?.at ?? null;
  return null;
}
