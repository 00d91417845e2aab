// The shape a blend asks for (Midjourney's /blend dimensions option).
import { z } from "zod";

export const BLEND_DIMENSIONS = ["PORTRAIT", "SQUARE", "LANDSCAPE"] as const;
export type BlendDimensions = (typeof BLEND_DIMENSIONS)[number];
export const blendDimensionsSchema = z.enum(BLEND_DIMENSIONS);
