// Which follow-ups a finished task offers, by the simulator's internal action names. These are
// TTAPI's action names plus the ones TTAPI reaches another way or not at all ("inpaint",
// "custom_zoom") and the describe/shorten prompt buttons of midjourney-proxy.
import type { TaskResult, TaskRow } from "../store/task-types";

export const GRID_ACTIONS = ["upsample1", "upsample2", "upsample3", "upsample4", "variation1", "variation2", "variation3", "variation4", "reroll"] as const;

const PANS = ["pan_left", "pan_right", "pan_up", "pan_down"];

/** Every action name TTAPI's "Action 操作列表" documents (the only ones /action accepts). */
export const TTAPI_ACTIONS: ReadonlySet<string> = new Set([
  ...GRID_ACTIONS,
  "high_variation",
  "low_variation",
  "upscale2",
  "upscale4",
  "zoom_out_2",
  "zoom_out_1_5",
  ...PANS,
  "upscale_creative",
  "upscale_subtle",
  "redo_upscale2",
  "redo_upscale4",
  "make_square",
  "redo_upscale_subtle",
  "redo_upscale_creative",
]);

/** The follow-ups of a finished task, in the order Midjourney lays out its buttons. */
export function offeredActions(row: TaskRow, shape: TaskResult["shape"], width: number, height: number): string[] {
  if (shape === "grid") return [...GRID_ACTIONS];
  if (shape === "video") return videoActions(row);
  if (shape === "text") {
    const count = row.kind === "describe" ? 4 : row.kind === "shorten" ? 5 : 0;
    const prefix = row.kind === "describe" ? "pic_reader_" : "prompt_analyzer_";
    return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
  }
  if (row.kind === "swap_face") return [];
  const v5 = row.params.family === "v5";
  const isUpscale = row.kind === "upscale";
  const upscales = v5
    ? isUpscale
      ? ["redo_upscale2", "redo_upscale4"]
      : ["upscale2", "upscale4"]
    : isUpscale
      ? ["redo_upscale_subtle", "redo_upscale_creative"]
      : ["upscale_subtle", "upscale_creative"];
  return [
    ...upscales,
    "low_variation",
    "high_variation",
    "inpaint",
    "zoom_out_2",
    "zoom_out_1_5",
    "custom_zoom",
    ...(width !== height ? ["make_square"] : []),
    ...PANS,
    // Midjourney's upscaled images offer Animate (CustomComponentModel.cs:67-88 in trueai).
    "animate_high",
    "animate_low",
  ];
}

/**
 * A clip batch offers U1..U{batch} (video_virtual_upscale) and Extend on its first clip; a clip
 * picked from a batch offers only Extend (trueai TaskInfo.cs:1110-1163, SetVideoUpscaleButtons
 * and SetVideoExtendButtons).
 */
function videoActions(row: TaskRow): string[] {
  const picks = row.kind === "video" ? Array.from({ length: row.params.batch ?? 1 }, (_, i) => `video_upscale${i + 1}`) : [];
  return [...picks, "animate_high_extend", "animate_low_extend"];
}
