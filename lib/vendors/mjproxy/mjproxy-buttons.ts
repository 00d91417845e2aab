// midjourney-proxy buttons -> the studio's action keys. The customId is kept exactly as received
// (it embeds the Discord message's UUID and cannot be built by hand); its shape says what the
// button does, and the label settles the rest (Redo, or a shape this table does not know).
import { actionLabel } from "../action-vocabulary";
import type { ActionKey, OfferedAction } from "../types";
import { mjproxyButtonSchema } from "./mjproxy-schemas";

const OUTPAINT: Record<string, ActionKey> = { "50": "zoom:2", "75": "zoom:1.5", "100": "make_square" };

function keyFromCustomId(customId: string, label: string): ActionKey | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^MJ::JOB::upsample::([1-4])::/.exec(customId))) return `upscale:${m[1]}`;
  // "Make Variations" under a v5 upscale has the variation shape with ::SOLO: a strong vary.
  if (/^MJ::JOB::variation::[1-4]::.*::SOLO$/.test(customId)) return "vary:strong";
  if ((m = /^MJ::JOB::variation::([1-4])::/.exec(customId))) return `variation:${m[1]}`;
  if (/^MJ::JOB::reroll::/.test(customId)) return "reroll";
  if (/^MJ::JOB::high_variation::/.test(customId)) return "vary:strong";
  if (/^MJ::JOB::low_variation::/.test(customId)) return "vary:subtle";
  // upsample_v5_2x, upsample_v6_2x_subtle, upsample_v6r1_2x_creative, upsample_v7_2x_subtle ...
  if ((m = /^MJ::JOB::upsample_v\w*?_(2x|4x)(?:_(subtle|creative))?::/.exec(customId))) {
    return `${/^redo/i.test(label.trim()) ? "redo_upscale" : "upscale"}:${m[2] ?? m[1]}`;
  }
  if ((m = /^MJ::JOB::pan_(left|right|up|down)::/.exec(customId))) return `pan:${m[1]}`;
  if ((m = /^MJ::Outpaint::(\d+)::/.exec(customId))) return OUTPAINT[m[1]];
  if (/^MJ::CustomZoom::/.test(customId)) return "zoom:custom";
  if (/^MJ::Inpaint::/.test(customId)) return "vary_region";
  // Video (trueai SubmitController.cs:536-552, 664-671; TaskInfo.cs:1110-1163). Checked by shape
  // first: a video's clip buttons are labelled "U1".."U4" like image upscales.
  if ((m = /^MJ::JOB::animate_(high|low)_extend::/.exec(customId))) return `extend:${m[1]}`;
  if ((m = /^MJ::JOB::animate_(high|low)::/.exec(customId))) return `animate:${m[1]}`;
  if ((m = /^MJ::JOB::video_virtual_upscale::([1-4])::/.exec(customId))) return `video_upscale:${m[1]}`;
  return undefined;
}

const EMOJI_KEYS: Record<string, ActionKey> = { "🔄": "reroll", "⬅️": "pan:left", "➡️": "pan:right", "⬆️": "pan:up", "⬇️": "pan:down" };
const LABEL_KEYS: Record<string, ActionKey> = Object.fromEntries(
  [
    ...["1", "2", "3", "4"].flatMap((n) => [`upscale:${n}`, `variation:${n}`]),
    ...["reroll", "vary:subtle", "vary:strong", "vary_region", "make_square", "zoom:2", "zoom:1.5", "zoom:custom"],
    ...["subtle", "creative", "2x", "4x"].flatMap((k) => [`upscale:${k}`, `redo_upscale:${k}`]),
  ].map((key) => [(actionLabel(key) ?? key).toLowerCase(), key]),
);

function keyFromLabel(label: string, emoji: string): ActionKey | undefined {
  const normalized = label.trim().replace(/\s+/g, " ").replace(/\(\s*/g, "(").replace(/\s*\)/g, ")").toLowerCase();
  return LABEL_KEYS[normalized] ?? EMOJI_KEYS[emoji.trim()] ?? EMOJI_KEYS[label.trim()];
}

/** The studio action a button stands for; undefined for buttons the studio does not offer. */
export function mjproxyButtonAction(raw: unknown): OfferedAction | undefined {
  const parsed = mjproxyButtonSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { customId } = parsed.data;
  const label = parsed.data.label ?? "";
  const key = keyFromCustomId(customId, label) ?? keyFromLabel(label, parsed.data.emoji ?? "");
  const studioLabel = key ? actionLabel(key) : undefined;
  return key && studioLabel ? { key, label: studioLabel, payload: customId } : undefined;
}

/** Every button the studio understands, once per key, in the vendor's order. */
export function mjproxyOfferedActions(buttons: readonly unknown[] | null | undefined): OfferedAction[] {
  const actions: OfferedAction[] = [];
  for (const button of buttons ?? []) {
    const action = mjproxyButtonAction(button);
    if (action && !actions.some((a) => a.key === action.key)) actions.push(action);
  }
  return actions;
}
