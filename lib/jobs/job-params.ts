// The parameters each job kind keeps in Job.params (JSON), shared by the actions that create
// jobs and the dispatcher that submits them. Uploaded images are referenced by storage key.
import { z } from "zod";
import { BLEND_DIMENSIONS } from "@/lib/domain/blend-dimensions";
import { imageReferenceSchema } from "@/lib/domain/image-reference";
import { speedModeSchema } from "@/lib/domain/speed-mode";

export const imagineParamsSchema = z.object({
  imageRefKeys: z.array(z.string()).max(5).default([]),
  imageRefUrls: z.array(z.string().url()).max(5).default([]),
  /** Gallery images and uploads in the image, --sref, --oref and --cref slots (signed links at submit). */
  references: z.array(imageReferenceSchema).max(16).default([]),
  niji: z.boolean().default(false),
  mode: speedModeSchema.optional(),
});

/**
 * prompt: the user's own (Custom Zoom, Remix, the waiting-for-input form). basePrompt: the
 * parent's Midjourney prompt, which answers a dialog the vendor opens by itself.
 */
export const actionParamsSchema = z.object({ mode: speedModeSchema.optional(), prompt: z.string().optional(), basePrompt: z.string().optional() });

export const varyRegionParamsSchema = z.object({
  maskKey: z.string(),
  mode: speedModeSchema.optional(),
  prompt: z.string().optional(),
  basePrompt: z.string().optional(),
});

export const blendParamsSchema = z.object({
  imageKeys: z.array(z.string()).min(2).max(5),
  dimensions: z.enum(BLEND_DIMENSIONS).default("SQUARE"),
  mode: speedModeSchema.optional(),
});

export const describeParamsSchema = z.object({ imageKey: z.string(), mode: speedModeSchema.optional() });
export const shortenParamsSchema = z.object({ mode: speedModeSchema.optional() });
export const faceSwapParamsSchema = z.object({ sourceKey: z.string(), targetKey: z.string() });

/**
 * VIDEO. Animate (action null): the first frame is one of the studio's images (sourceImageId, whose
 * file is sourceKey) and the optional last frame an upload (endKey); job.prompt is empty for
 * automatic motion, the edited prompt for manual.
 * Extend (action "extend"): the parent is a finished video job and `index` picks its clip (0-3).
 */
export const videoParamsSchema = z.object({
  /** The first frame's Image row (animate); its file is read at submit time. */
  sourceImageId: z.string().optional(),
  sourceKey: z.string().optional(),
  endKey: z.string().optional(),
  motion: z.enum(["low", "high"]).default("low"),
  loop: z.boolean().default(false),
  batchSize: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(1),
  resolution: z.enum(["sd", "hd"]).default("sd"),
  index: z.number().int().min(0).max(3).default(0),
  mode: speedModeSchema.optional(),
});

/** EDIT: an uploaded PNG whose transparent pixels are the area to change (for "edit"); job.action says edit or retexture. */
export const editParamsSchema = z.object({
  imageKey: z.string(),
  aspectRatio: z.string().optional(),
  mode: speedModeSchema.optional(),
});

export type VideoParams = z.infer<typeof videoParamsSchema>;
export type EditParams = z.infer<typeof editParamsSchema>;
export type ImagineParams = z.infer<typeof imagineParamsSchema>;
export type BlendParams = z.infer<typeof blendParamsSchema>;
