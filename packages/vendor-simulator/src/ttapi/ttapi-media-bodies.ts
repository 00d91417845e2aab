// TTAPI's video and image-edits bodies (issue 14), from docs.ttapi.io (2026): see
// /work/shared/vendors/VIDEO-AND-EDITS.md in the studio's notes, "TTAPI" section.
import { z } from "zod";
import { hookUrlSchema } from "../http/schema-helpers";

const motion = z.enum(["low", "high"], { message: 'manual must be "low" or "high"' }).default("low");
const batch = z.union([z.literal(1), z.literal(2), z.literal(4)], { message: "bs must be 1, 2 or 4" }).default(4);
const notifyId = z.string().max(256).optional();
const timeout = z.number().int().positive().optional();

export const ttapiVideoBody = z.object({
  // Required by the documents; "" asks for automatic motion.
  prompt: z.string({ message: "prompt is required (it may be empty for automatic motion)." }),
  imageUrl: z.string({ message: "imageUrl is required." }).trim().min(1, "imageUrl is required."),
  endingUrl: z.string().optional(),
  // "fast only" (the documents' model|mode field).
  mode: z.literal("fast", { message: 'video runs in "fast" mode only' }).optional(),
  model: z.string().optional(),
  manual: motion,
  resolution: z.enum(["sd", "hd"], { message: 'resolution must be "sd" or "hd"' }).default("sd"),
  bs: batch,
  loop: z.boolean().optional(),
  hookUrl: hookUrlSchema,
  notify_id: notifyId,
  timeout,
});

export const ttapiVideoExtendBody = z.object({
  jobId: z.string({ message: "jobId is required." }).trim().min(1, "jobId is required."),
  index: z.number({ message: "index is required (0-3)." }).int().min(0, "index must be 0-3").max(3, "index must be 0-3"),
  manual: motion,
  animateMode: z.enum(["auto", "manual"], { message: 'animateMode must be "auto" or "manual"' }).default("auto"),
  prompt: z.string().optional(),
  bs: batch,
  hookUrl: hookUrlSchema,
  notify_id: notifyId,
  timeout,
});

export const ttapiImageEditsBody = z.object({
  prompt: z.string({ message: "prompt is required." }).trim().min(1, "prompt is required."),
  image: z.string({ message: "image is required." }).trim().min(1, "image is required."),
  mode: z.enum(["relax", "fast", "turbo"]).optional(),
  type: z.enum(["edit", "retexture"], { message: 'type must be "edit" or "retexture"' }).default("edit"),
  hookUrl: hookUrlSchema,
  notify_id: notifyId,
  timeout,
});
