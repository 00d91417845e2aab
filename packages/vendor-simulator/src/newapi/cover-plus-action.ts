// New API's CoverPlusActionToNormalAction (NA service/midjourney.go:71-128): the action a
// customId stands for, read from splits[2] when it starts MJ::JOB, else splits[1]. Only the
// buttons it knows get through; animate_*, video_virtual_upscale, PicReader, PromptAnalyzer and
// BOOKMARK are refused with "unknown_action:<customId>".

export type Covered = { ok: true; action: string; index: number } | { ok: false; description: string; panic?: true };

export function coverPlusAction(customId: string): Covered {
  if (!customId) return { ok: false, description: "custom_id_is_required" };
  const splits = customId.split("::");
  // Go indexes splits[1] unchecked: a customId without "::" panics, and gin's recovery answers 500.
  if (splits.length < 2) return { ok: false, description: "", panic: true };
  const action = splits[1] === "JOB" ? (splits[2] ?? "") : splits[1];
  if (!action) return { ok: false, description: "unknown_action" };
  const index = (at: number): number | null => {
    const value = splits[at];
    return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null;
  };
  if (action.includes("upsample")) {
    const i = index(3);
    return i === null ? { ok: false, description: "index_parse_failed" } : { ok: true, action: "UPSCALE", index: i };
  }
  if (action.includes("variation")) {
    if (action === "variation") {
      const i = index(3);
      return i === null ? { ok: false, description: "index_parse_failed" } : { ok: true, action: "VARIATION", index: i };
    }
    if (action === "low_variation") return { ok: true, action: "LOW_VARIATION", index: 1 };
    if (action === "high_variation") return { ok: true, action: "HIGH_VARIATION", index: 1 };
    // Any other "*variation*" keeps an empty action (Go leaves it unset).
    return { ok: true, action: "", index: 1 };
  }
  if (action.includes("pan")) return { ok: true, action: "PAN", index: 1 };
  if (action.includes("reroll")) return { ok: true, action: "REROLL", index: 1 };
  if (action === "Outpaint") return { ok: true, action: "ZOOM", index: 1 };
  if (action === "CustomZoom") return { ok: true, action: "CUSTOM_ZOOM", index: 1 };
  if (action === "Inpaint") return { ok: true, action: "INPAINT", index: 1 };
  return { ok: false, description: `unknown_action:${customId}` };
}
