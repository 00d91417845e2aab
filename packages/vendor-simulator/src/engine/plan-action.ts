// What a follow-up does to its parent, shared by both protocols: TTAPI names the action,
// midjourney-proxy sends a customId that the simulator maps back to the same name.
import { aspectFromPrompt, tileSizeFor } from "../image/aspect-ratio";
import type { TaskKind, TaskParams, TaskRow } from "../store/task-types";
import { readModelFamily } from "../text/read-prompt-flags";

export interface PlannedTask {
  kind: TaskKind;
  prompt: string;
  params: TaskParams;
}

const UPSCALES: Record<string, TaskParams["upscale"]> = {
  upscale_subtle: "subtle",
  upscale_creative: "creative",
  upscale2: "2x",
  upscale4: "4x",
};

function gridTile(parent: TaskRow): { tileWidth: number; tileHeight: number } {
  return {
    tileWidth: parent.params.tileWidth ?? Math.floor((parent.result?.width ?? 1024) / 2),
    tileHeight: parent.params.tileHeight ?? Math.floor((parent.result?.height ?? 1024) / 2),
  };
}

/** The task an action on `parent` creates; null for names the simulator does not know. */
export function planAction(parent: TaskRow, action: string, seed: number): PlannedTask | null {
  const base: TaskParams = { seed, family: parent.params.family, sourceId: parent.id };
  const prompt = parent.prompt;
  const tile = /^(upsample|variation)([1-4])$/.exec(action);
  if (tile)
    return {
      kind: tile[1] as "upsample" | "variation",
      prompt,
      params: { ...base, index: Number(tile[2]), ...(tile[1] === "variation" ? gridTile(parent) : {}) },
    };
  if (action === "reroll") {
    if (parent.kind === "blend") return { kind: "blend", prompt, params: { ...base, ...gridTile(parent), inputs: parent.params.inputs } };
    return { kind: "reroll", prompt, params: { ...base, ...gridTile(parent), inputs: parent.params.inputs } };
  }
  if (action === "high_variation" || action === "low_variation") {
    return { kind: "vary", prompt, params: { ...base, strength: action === "high_variation" ? "strong" : "subtle" } };
  }
  if (UPSCALES[action]) return { kind: "upscale", prompt, params: { ...base, upscale: UPSCALES[action] } };
  const redo = /^redo_(upscale.*)$/.exec(action);
  if (redo && UPSCALES[redo[1]]) {
    // Redo repeats the upscale from the same source picture, not from the upscaled one.
    return { kind: "upscale", prompt, params: { ...base, upscale: UPSCALES[redo[1]], sourceId: parent.params.sourceId ?? parent.id } };
  }
  if (action === "zoom_out_2" || action === "zoom_out_1_5") return { kind: "zoom", prompt, params: { ...base, zoom: action === "zoom_out_2" ? 2 : 1.5 } };
  if (action === "custom_zoom") return { kind: "zoom", prompt, params: { ...base, needs: "zoom" } };
  const pan = /^pan_(left|right|up|down)$/.exec(action);
  if (pan) return { kind: "pan", prompt, params: { ...base, pan: pan[1] as TaskParams["pan"] } };
  if (action === "make_square") return { kind: "make_square", prompt, params: base };
  if (action === "inpaint") return { kind: "inpaint", prompt, params: { ...base, needs: "mask" } };
  const reader = /^(pic_reader|prompt_analyzer)_([1-5])$/.exec(action);
  if (reader) {
    const chosen = parent.result?.prompts?.[Number(reader[2]) - 1];
    if (!chosen) return null;
    const size = tileSizeFor(aspectFromPrompt(chosen));
    return { kind: "imagine", prompt: chosen, params: { seed, family: readModelFamily(chosen), tileWidth: size.width, tileHeight: size.height } };
  }
  return null;
}
