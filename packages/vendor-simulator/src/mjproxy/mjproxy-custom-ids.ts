// Midjourney's buttons as midjourney-proxy relays them: customIds shaped exactly like the
// Discord components (MJ::JOB::upsample::1::<hash>, MJ::Outpaint::50::1::<hash>::SOLO ...).
import type { SimProfile, TaskButton } from "../store/task-types";

export interface ButtonShape {
  customId: (hash: string) => string;
  label: string;
  emoji: string;
}

const job = (name: string, index: number, solo: boolean) => (hash: string) => `MJ::JOB::${name}::${index}::${hash}${solo ? "::SOLO" : ""}`;

const SHAPES: Record<string, ButtonShape> = {
  reroll: { customId: job("reroll", 0, true), label: "", emoji: "🔄" },
  upscale_subtle: { customId: job("upsample_v6_2x_subtle", 1, true), label: "Upscale (Subtle)", emoji: "" },
  upscale_creative: { customId: job("upsample_v6_2x_creative", 1, true), label: "Upscale (Creative)", emoji: "" },
  // Midjourney's Redo button carries the same customId as the upscale it repeats.
  redo_upscale_subtle: { customId: job("upsample_v6_2x_subtle", 1, true), label: "Redo Upscale (Subtle)", emoji: "" },
  redo_upscale_creative: { customId: job("upsample_v6_2x_creative", 1, true), label: "Redo Upscale (Creative)", emoji: "" },
  upscale2: { customId: job("upsample_v5_2x", 1, true), label: "Upscale (2x)", emoji: "" },
  upscale4: { customId: job("upsample_v5_4x", 1, true), label: "Upscale (4x)", emoji: "" },
  redo_upscale2: { customId: job("upsample_v5_2x", 1, true), label: "Redo Upscale (2x)", emoji: "" },
  redo_upscale4: { customId: job("upsample_v5_4x", 1, true), label: "Redo Upscale (4x)", emoji: "" },
  low_variation: { customId: job("low_variation", 1, true), label: "Vary (Subtle)", emoji: "🪄" },
  high_variation: { customId: job("high_variation", 1, true), label: "Vary (Strong)", emoji: "🪄" },
  inpaint: { customId: (hash) => `MJ::Inpaint::1::${hash}::SOLO`, label: "Vary (Region)", emoji: "🖌️" },
  zoom_out_2: { customId: (hash) => `MJ::Outpaint::50::1::${hash}::SOLO`, label: "Zoom Out 2x", emoji: "🔍" },
  zoom_out_1_5: { customId: (hash) => `MJ::Outpaint::75::1::${hash}::SOLO`, label: "Zoom Out 1.5x", emoji: "🔍" },
  custom_zoom: { customId: (hash) => `MJ::CustomZoom::${hash}`, label: "Custom Zoom", emoji: "🔍" },
  make_square: { customId: (hash) => `MJ::Outpaint::100::1::${hash}::SOLO`, label: "Make Square", emoji: "↔️" },
  pan_left: { customId: job("pan_left", 1, true), label: "", emoji: "⬅️" },
  pan_right: { customId: job("pan_right", 1, true), label: "", emoji: "➡️" },
  pan_up: { customId: job("pan_up", 1, true), label: "", emoji: "⬆️" },
  pan_down: { customId: job("pan_down", 1, true), label: "", emoji: "⬇️" },
  // Video (issue 14): labels and customIds as trueai builds them (CustomComponentModel.cs:67-88,
  // TaskInfo.cs:1147-1163). The extend buttons carry the clip number 1 (TaskService.cs:734).
  animate_high: { customId: job("animate_high", 1, true), label: "Animate (High motion)", emoji: "🎞️" },
  animate_low: { customId: job("animate_low", 1, true), label: "Animate (Low motion)", emoji: "🎞️" },
  animate_high_extend: { customId: job("animate_high_extend", 1, false), label: "Extend (High motion)", emoji: "🎞️" },
  animate_low_extend: { customId: job("animate_low_extend", 1, false), label: "Extend (Low motion)", emoji: "🎞️" },
};

export function shapeOf(action: string): ButtonShape | null {
  const tile = /^(upsample|variation)([1-4])$/.exec(action);
  if (tile) return { customId: job(tile[1], Number(tile[2]), false), label: `${tile[1] === "upsample" ? "U" : "V"}${tile[2]}`, emoji: "" };
  const reader = /^(pic_reader|prompt_analyzer)_([1-5])$/.exec(action);
  if (reader) {
    const name = reader[1] === "pic_reader" ? "PicReader" : "PromptAnalyzer";
    return { customId: (hash) => `MJ::Job::${name}::${reader[2]}::${hash}`, label: reader[2], emoji: "" };
  }
  // U1-U4 of a clip batch (trueai TaskInfo.cs:1118-1127).
  const clip = /^video_upscale([1-4])$/.exec(action);
  if (clip) return { customId: job("video_virtual_upscale", Number(clip[1]), false), label: `U${clip[1]}`, emoji: "" };
  return SHAPES[action] ?? null;
}

/** DataEyes documents only U1-U4, V1-V4 and reroll; its tasks offer nothing else. */
function offeredBy(profile: SimProfile, action: string): boolean {
  return profile !== "dataeyes" || /^(upsample[1-4]|variation[1-4]|reroll)$/.test(action);
}

/** The buttons (customId → action) a finished task offers on a midjourney-proxy mount. */
export function mjproxyButtons(profile: SimProfile, actions: string[], hash: string): TaskButton[] {
  return actions.filter((action) => offeredBy(profile, action) && shapeOf(action)).map((action) => ({ customId: shapeOf(action)!.customId(hash), action }));
}

export interface MjproxyButtonJson {
  customId: string;
  emoji: string;
  label: string;
  style: number;
  type: number;
}

/** A stored button as midjourney-proxy shows it (Discord component type 2, style 2). */
export function renderButton(button: TaskButton): MjproxyButtonJson {
  const shape = shapeOf(button.action);
  return { customId: button.customId, emoji: shape?.emoji ?? "", label: shape?.label ?? "", style: 2, type: 2 };
}
