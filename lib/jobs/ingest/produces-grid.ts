// What a finished job leaves behind, decided from its kind and action alone: a 2×2 grid (which
// Atelier splits into four tiles), one single image, video clips, or text only.

export type JobOutput = "GRID" | "SINGLE" | "VIDEO" | "NONE";

// EDIT: Midjourney's editor answers an edit or a retexture with four candidates, like an imagine.
const GRID_KINDS = new Set(["IMAGINE", "BLEND", "INPAINT", "EDIT"]);
const SINGLE_KINDS = new Set(["FACESWAP"]);
const TEXT_KINDS = new Set(["DESCRIBE", "SHORTEN"]);

// Follow-ups that make Midjourney draw four new candidates.
const GRID_ACTION = /^(variation:[1-4]|reroll|vary:(subtle|strong)|zoom:(1\.5|2|custom)|pan:(left|right|up|down)|make_square|vary_region|inpaint)$/;
// Follow-ups that pick or enlarge one image.
const SINGLE_ACTION = /^(upscale:([1-4]|subtle|creative|2x|4x)|redo_upscale:(subtle|creative|2x|4x))$/;

export function jobOutput(kind: string, action: string | null): JobOutput {
  const k = kind.trim().toUpperCase();
  if (TEXT_KINDS.has(k)) return "NONE";
  if (k === "VIDEO") return "VIDEO";
  if (GRID_KINDS.has(k)) return "GRID";
  if (SINGLE_KINDS.has(k)) return "SINGLE";
  const a = (action ?? "").trim().toLowerCase();
  if (GRID_ACTION.test(a)) return "GRID";
  if (SINGLE_ACTION.test(a)) return "SINGLE";
  // An action this table does not know yet: keep the image whole. Storing a grid as one image
  // is still correct to look at; cutting a single image into quarters would invent four tiles.
  return "SINGLE";
}

/** True when the job's image is a 2×2 grid of four candidates. */
export function producesGrid(kind: string, action: string | null): boolean {
  return jobOutput(kind, action) === "GRID";
}
