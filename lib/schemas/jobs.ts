// Job schemas shared by server actions, route handlers and forms.
import { z } from "zod";
import { BLEND_DIMENSIONS } from "@/lib/domain/blend-dimensions";
import { editAspectRatioSchema, imageEditTypeSchema } from "@/lib/domain/image-edit";
import { imageReferenceSchema } from "@/lib/domain/image-reference";
import { speedModeSchema } from "@/lib/domain/speed-mode";
import { visibilitySchema } from "@/lib/domain/visibility";
import { parsePrompt } from "@/lib/prompt/prompt-flags";
import { checkImagineReferences } from "./imagine-references";

const id = z.string().trim().min(1, "Missing id.").max(64);
const storageKey = z.string().trim().min(1).max(300);

export const promptSchema = z
  .string({ message: "Write a prompt first." })
  .max(6000, "The prompt is too long (at most 6,000 characters).")
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .superRefine((prompt, ctx) => {
    const { text, errors } = parsePrompt(prompt);
    if (!text) ctx.addIssue({ code: "custom", message: "Write a prompt first: describe what you want to see." });
    for (const message of errors) ctx.addIssue({ code: "custom", message });
  });

export const imagineSchema = z
  .object({
    prompt: promptSchema,
    imageRefKeys: z.array(storageKey).max(5, "At most 5 image references.").default([]),
    imageRefUrls: z.array(z.string().url("Image references must be http(s) URLs.").max(2000)).max(5).default([]),
    /** Gallery images (imageId) and uploads (uploadKey) in the image, style, omni and character slots. */
    references: z.array(imageReferenceSchema).max(16, "At most 16 reference images.").default([]),
    niji: z.boolean().default(false),
    mode: speedModeSchema.optional(),
    connectionId: id.optional(),
    visibility: visibilitySchema.default("SHARED"),
  })
  .superRefine(checkImagineReferences);
export type ImagineInput = z.input<typeof imagineSchema>;

export const actOnJobSchema = z.object({
  jobId: id,
  action: z.string().trim().min(1).max(40),
  /** Custom zoom or remix text. */
  prompt: z.string().max(6000).optional(),
  mode: speedModeSchema.optional(),
  visibility: visibilitySchema.optional(),
});
export type ActOnJobInput = z.input<typeof actOnJobSchema>;

export const blendSchema = z.object({
  imageKeys: z.array(storageKey).min(2, "Blend needs at least 2 images.").max(5, "Blend takes at most 5 images."),
  dimensions: z.enum(BLEND_DIMENSIONS).default("SQUARE"),
  mode: speedModeSchema.optional(),
  connectionId: id.optional(),
  visibility: visibilitySchema.default("SHARED"),
});
export type BlendInput = z.input<typeof blendSchema>;

export const describeSchema = z.object({ imageKey: storageKey, connectionId: id.optional(), visibility: visibilitySchema.default("SHARED") });
export type DescribeInput = z.input<typeof describeSchema>;

export const shortenSchema = z.object({ prompt: promptSchema, connectionId: id.optional() });
export const faceSwapSchema = z.object({
  sourceKey: storageKey,
  targetKey: storageKey,
  connectionId: id.optional(),
  visibility: visibilitySchema.default("SHARED"),
});
/**
 * Edit or Retexture an upload (Midjourney's editor). maskKey: the painted mask, uploaded
 * (white = change, same size as the image); Edit needs one, Retexture takes none.
 */
export const editImageSchema = z.object({
  imageKey: storageKey,
  maskKey: storageKey.optional(),
  prompt: promptSchema,
  type: imageEditTypeSchema,
  aspectRatio: editAspectRatioSchema.optional(),
  mode: speedModeSchema.optional(),
  connectionId: id.optional(),
  visibility: visibilitySchema.default("SHARED"),
});
export type EditImageInput = z.input<typeof editImageSchema>;
export const jobIdSchema = z.object({ jobId: id });
export const promptCheckSchema = z.object({ prompt: promptSchema, connectionId: id.optional() });

export const varyRegionFieldsSchema = z.object({
  prompt: z
    .string()
    .max(6000)
    .optional()
    .transform((s) => s?.replace(/\s+/g, " ").trim() || undefined),
  visibility: visibilitySchema.optional(),
});
/** The prompt a vendor's dialog waits for (a job in NEEDS_INPUT). */
export const answerJobInputSchema = z.object({
  jobId: id,
  prompt: z
    .string()
    .max(6000, "The prompt is too long (at most 6,000 characters).")
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .refine((s) => s.length > 0, "Write the prompt the vendor should use."),
});

const videoPrompt = z
  .string()
  .max(6000, "The prompt is too long (at most 6,000 characters).")
  .optional()
  .transform((s) => s?.replace(/\s+/g, " ").trim() || undefined);
const motion = z.enum(["low", "high"], { message: "Motion is low or high." });
const batchSize = z.union([z.literal(1), z.literal(2), z.literal(4)], { message: "A video batch is 1, 2 or 4 clips." });

/**
 * Animate one image of a finished job: the upscale (index 0) or a grid tile (1-4). No prompt is
 * automatic motion; a prompt is manual motion. loop and an end frame exclude each other.
 */
export const animateSchema = z
  .object({
    jobId: id,
    imageIndex: z.number().int().min(0).max(4).default(0),
    motion: motion.default("low"),
    prompt: videoPrompt,
    loop: z.boolean().default(false),
    endImageKey: storageKey.optional(),
    batchSize: batchSize.default(4),
    resolution: z.enum(["sd", "hd"], { message: "Resolution is sd or hd." }).default("sd"),
    mode: speedModeSchema.optional(),
    visibility: visibilitySchema.optional(),
  })
  .refine((v) => !(v.loop && v.endImageKey), { message: "A loop ends on its first frame: choose a loop or an end frame, not both." });
export type AnimateInput = z.input<typeof animateSchema>;

/** Extend one clip (0-3) of a finished video by another 5 s. */
export const extendVideoSchema = z.object({
  jobId: id,
  index: z.number().int().min(0).max(3).default(0),
  motion: motion.default("low"),
  prompt: videoPrompt,
  batchSize: batchSize.default(4),
  visibility: visibilitySchema.optional(),
});
export type ExtendVideoInput = z.input<typeof extendVideoSchema>;

export const setFavoriteSchema = z.object({ jobId: id, favorite: z.boolean() });
