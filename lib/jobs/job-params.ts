// The parameters each job kind keeps in Job.params (JSON), shared by the actions that create
// jobs and the dispatcher that submits them. Uploaded images are referenced by storage key.
import { z } from "zod";
import { BLEND_DIMENSIONS } from "@/lib/domain/blend-dimensions";
import { speedModeSchema } from "@/lib/domain/speed-mode";

export const imagineParamsSchema = z.object({
  imageRefKeys: z.array(z.string()).max(5).default([]),
  imageRefUrls: z.array(z.string().url()).max(5).default([]),
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

export type ImagineParams = z.infer<typeof imagineParamsSchema>;
export type BlendParams = z.infer<typeof blendParamsSchema>;
