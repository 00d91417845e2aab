// Midjourney's editor for uploaded images (EDIT jobs): what it does, and the aspect ratios it
// takes. TTAPI's image-edits lists exactly these ratios and adjusts any other by itself
// (/work/shared/vendors/VIDEO-AND-EDITS.md), so the studio offers only these.
import { z } from "zod";

export const IMAGE_EDIT_TYPES = ["edit", "retexture"] as const;
export type ImageEditKind = (typeof IMAGE_EDIT_TYPES)[number];
export const imageEditTypeSchema = z.enum(IMAGE_EDIT_TYPES, { message: "Choose Edit or Retexture." });

export const EDIT_ASPECT_RATIOS = ["1:1", "1:2", "2:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9"] as const;
export type EditAspectRatio = (typeof EDIT_ASPECT_RATIOS)[number];
export const editAspectRatioSchema = z.enum(EDIT_ASPECT_RATIOS, {
  message: `Choose one of Midjourney's aspect ratios for edits: ${EDIT_ASPECT_RATIOS.join(", ")}.`,
});
