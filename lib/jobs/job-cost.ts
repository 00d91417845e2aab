// What a job costs in budget units before its vendor says (issue 11 item 3): a price per kind of
// job, set per connection by an admin, with defaults below. Units are TTAPI quota units (what
// TTAPI reports as `quota` for a job), so budgets mean the same for both protocols.
//
// Where the defaults come from:
// - imagine = 3: TTAPI's own sample of a finished imagine reports "quota": 3
//   (seeds/001_af938f7888c92f24.txt:1270); the simulator charges the same for a fast grid.
// - every other kind is priced relative to imagine as New API's default price list does
//   (Calcium-Ion/new-api setting/operation_setting/model-ratio.go:219-234, US$ per call):
//   mj_imagine, mj_variation, mj_reroll, mj_blend, mj_zoom, mj_pan, mj_high/low_variation and
//   mj_shorten 0.1 (= imagine: 3); mj_upscale, mj_describe and swap_face 0.05 (half: 1.5);
//   Vary Region and Custom Zoom are an action priced 0 (mj_inpaint, mj_custom_zoom) plus the
//   modal (mj_modal 0.1): 3.
// - video (Animate, Extend) = 24: New API's default list prices mj_video at 0.8, eight times
//   mj_imagine, as Midjourney itself charges a video job about eight image jobs; edit and
//   retexture (mj_edits 0.1) = 3.
import { z } from "zod";

export const COST_KINDS = [
  "imagine",
  "variation",
  "vary",
  "zoom",
  "pan",
  "vary_region",
  "upscale",
  "blend",
  "describe",
  "shorten",
  "face_swap",
  "video",
  "edit",
] as const;
export type CostKind = (typeof COST_KINDS)[number];
export type ActionCosts = Partial<Record<CostKind, number>>;

export const DEFAULT_ACTION_COSTS: Readonly<Record<CostKind, number>> = {
  imagine: 3,
  variation: 3,
  vary: 3,
  zoom: 3,
  pan: 3,
  vary_region: 3,
  upscale: 1.5,
  blend: 3,
  describe: 1.5,
  shorten: 3,
  face_swap: 1.5,
  video: 24,
  edit: 3,
};

export const COST_KIND_LABELS: Readonly<Record<CostKind, string>> = {
  imagine: "Imagine (and reroll)",
  variation: "Variation (V1–V4)",
  vary: "Vary (Subtle, Strong)",
  zoom: "Zoom and Make Square",
  pan: "Pan",
  vary_region: "Vary (Region)",
  upscale: "Upscale",
  blend: "Blend",
  describe: "Describe",
  shorten: "Shorten",
  face_swap: "Face swap",
  video: "Video (Animate, Extend)",
  edit: "Edit and Retexture",
};

export const MAX_ACTION_COST = 100_000;

/** An admin's prices: any subset of the kinds, each 0 or more units. */
export const actionCostsSchema = z
  .object(
    Object.fromEntries(
      COST_KINDS.map((kind) => [
        kind,
        z
          .number({ error: `The cost of ${COST_KIND_LABELS[kind]} must be a number.` })
          .min(0, `The cost of ${COST_KIND_LABELS[kind]} must be 0 or more.`)
          .max(MAX_ACTION_COST, `The cost of ${COST_KIND_LABELS[kind]} must be at most ${MAX_ACTION_COST}.`)
          .optional(),
      ]),
    ) as Record<CostKind, z.ZodOptional<z.ZodNumber>>,
  )
  .strict();

/** The price class of a job: its kind, or for a follow-up the kind of its action. */
export function costKindOf(kind: string, action: string | null | undefined): CostKind {
  switch (kind) {
    case "IMAGINE":
      return "imagine";
    case "BLEND":
      return "blend";
    case "DESCRIBE":
      return "describe";
    case "SHORTEN":
      return "shorten";
    case "FACESWAP":
      return "face_swap";
    case "INPAINT":
      return "vary_region";
    case "VIDEO":
      return "video";
    case "EDIT":
      return "edit";
  }
  const a = (action ?? "").toLowerCase();
  if (/^(redo_)?upscale:/.test(a)) return "upscale";
  if (/^(animate|extend):/.test(a)) return "video";
  if (a.startsWith("variation:")) return "variation";
  if (a.startsWith("vary:")) return "vary";
  if (a.startsWith("zoom:") || a === "make_square") return "zoom";
  if (a.startsWith("pan:")) return "pan";
  if (a === "vary_region") return "vary_region";
  // reroll redraws the whole grid; an action this table does not know yet is priced like
  // the most expensive kind rather than free.
  return "imagine";
}

/** A connection's stored prices (JSON); anything unreadable falls back to the defaults. */
export function parseActionCosts(json: string | null | undefined): ActionCosts {
  try {
    const parsed = actionCostsSchema.safeParse(JSON.parse(json || "{}"));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function jobCost(kind: string, action: string | null | undefined, costs: ActionCosts): number {
  const costKind = costKindOf(kind, action);
  return costs[costKind] ?? DEFAULT_ACTION_COSTS[costKind];
}
