// Bodies of /mj/submit/video, /mj/submit/edits and /mj/submit/retexture (issue 14), field for
// field from trueai's SubmitVideoDTO.cs:31-87 and SubmitEditsDTO.cs:32-50; maskBase64 is what
// Dooy's chatgpt-web-midjourney-proxy adds to edits.
import { z } from "zod";
import { hookUrlSchema } from "../http/schema-helpers";

const common = {
  notifyHook: hookUrlSchema,
  state: z.string().max(4096).optional(),
  accountFilter: z
    .object({ channelId: z.string().optional(), instanceId: z.string().optional(), modes: z.array(z.enum(["RELAX", "FAST", "TURBO"])).optional() })
    .optional(),
};

export const mjVideoBody = z.object({
  prompt: z.string().optional(),
  // SubmitVideoDTO.cs:41 "low" by default.
  motion: z.enum(["low", "high"], { message: 'motion must be "low" or "high"' }).default("low"),
  image: z.string().optional(),
  endImage: z.string().optional(),
  loop: z.boolean().optional(),
  // SubmitVideoDTO.cs:75-80: SD by default.
  videoType: z.enum(["vid_1.1_i2v_480", "vid_1.1_i2v_720"], { message: 'videoType must be "vid_1.1_i2v_480" or "vid_1.1_i2v_720"' }).default("vid_1.1_i2v_480"),
  // SubmitVideoDTO.cs:82-86: 1, 2 or 4, default 4.
  batchSize: z.union([z.literal(1), z.literal(2), z.literal(4)], { message: "batchSize must be 1, 2 or 4" }).default(4),
  action: z.literal("extend", { message: 'action must be "extend" (or absent)' }).optional(),
  // SubmitVideoDTO.cs:64-67: the clip index 0-3.
  index: z.number({ message: "index must be a number 0-3" }).int().min(0, "index must be 0-3").max(3, "index must be 0-3").optional(),
  taskId: z.string().optional(),
  noStorage: z.boolean().optional(),
  ...common,
});

export const mjEditsBody = z.object({
  prompt: z.string({ message: "image或prompt不能为空 (prompt is required)" }).trim().min(1, "image或prompt不能为空 (prompt is required)"),
  image: z.string({ message: "image或prompt不能为空 (image is required)" }).trim().min(1, "image或prompt不能为空 (image is required)"),
  maskBase64: z.string().optional(),
  ...common,
});
