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
    // An edit or retexture is redone from the same picture (and mask) with a new seed.
    if (parent.kind === "edit" || parent.kind === "retexture") return { kind: parent.kind, prompt, params: { ...parent.params, seed } };
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
  const video = planVideoAction(parent, action, base);
  if (video) return video;
  const reader = /^(pic_reader|prompt_analyzer)_([1-5])$/.exec(action);
  if (reader) {
    const chosen = parent.result?.prompts?.[Number(reader[2]) - 1];
    if (!chosen) return null;
    const size = tileSizeFor(aspectFromPrompt(chosen));
    return { kind: "imagine", prompt: chosen, params: { seed, family: readModelFamily(chosen), tileWidth: size.width, tileHeight: size.height } };
  }
  return null;
}

/**
 * Video buttons. Animate on an upscaled image makes a batch of 4 clips (Midjourney's default
 * batch, trueai SubmitVideoDTO.cs:82-86) in SD with the button's motion. Extend continues clip 1
 * (the button's "::1::", TaskService.cs:734) of a finished video; U1-U4 pick one clip.
 */
function planVideoAction(parent: TaskRow, action: string, base: TaskParams): PlannedTask | null {
  const animate = /^animate_(high|low)(_extend)?$/.exec(action);
  if (animate) {
    const motion = animate[1] as "high" | "low";
    const fromVideo = Boolean(animate[2]);
    const params: TaskParams = { ...base, motion, resolution: parent.params.resolution ?? "sd", batch: 4 };
    return { kind: "video", prompt: parent.prompt, params: fromVideo ? { ...params, extendClip: 1 } : params };
  }
  const pick = /^video_upscale([1-4])$/.exec(action);
  if (pick)
    return { kind: "video_upscale", prompt: parent.prompt, params: { ...base, index: Number(pick[1]), resolution: parent.params.resolution, batch: 1 } };
  return null;
}
