// midjourney-proxy request bodies as the 4AllAPI / New API / DataEyes documents list them.
import { z } from "zod";
import { hookUrlSchema } from "../http/schema-helpers";

const common = {
  botType: z.enum(["MID_JOURNEY", "NIJI_JOURNEY"]).optional(),
  accountFilter: z
    .object({
      channelId: z.string().optional(),
      instanceId: z.string().optional(),
      modes: z.array(z.enum(["RELAX", "FAST", "TURBO"])).optional(),
      remark: z.string().optional(),
      remix: z.boolean().optional(),
      remixAutoConsidered: z.boolean().optional(),
    })
    .optional(),
  notifyHook: hookUrlSchema,
  state: z.string().max(4096).optional(),
};

export const mjImagineBody = z.object({
  prompt: z.string().trim().min(1, "prompt不能为空 (prompt is required)"),
  base64Array: z.array(z.string()).max(5).optional(),
  ...common,
});

export const mjActionBody = z.object({
  taskId: z.string().min(1, "taskId is required"),
  customId: z.string().min(1, "customId is required"),
  chooseSameChannel: z.boolean().optional(),
  ...common,
});

export const mjModalBody = z.object({ taskId: z.string().min(1, "taskId is required"), prompt: z.string().optional(), maskBase64: z.string().optional() });

export const mjBlendBody = z.object({
  base64Array: z.array(z.string()).min(2, "base64Array must hold 2-5 images").max(5, "base64Array must hold 2-5 images"),
  dimensions: z.enum(["PORTRAIT", "SQUARE", "LANDSCAPE"]).optional(),
  ...common,
});

export const mjDescribeBody = z.object({ base64: z.string().min(1, "base64 is required"), ...common });

/** trueai: base64 or link, the link an http(s) URL (SubmitController.cs:283-293). */
export const trueaiDescribeBody = z
  .object({
    base64: z.string().optional(),
    link: z
      .string()
      .regex(/^https?:\/\/.+/, "链接格式错误")
      .optional(),
    language: z.string().optional(),
    ...common,
  })
  .refine((body) => Boolean(body.base64?.trim() || body.link?.trim()), "base64或link不能为空");

export const mjShortenBody = z.object({ prompt: z.string().trim().min(1, "prompt is required"), ...common });

export const mjSwapFaceBody = z.object({
  sourceBase64: z.string().min(1, "sourceBase64 is required"),
  targetBase64: z.string().min(1, "targetBase64 is required"),
  notifyHook: hookUrlSchema,
  state: z.string().max(4096).optional(),
});

export const mjUploadBody = z.object({
  base64Array: z.array(z.string()).min(1, "base64Array is required").max(10),
  filter: z.object({ channelId: z.string().optional(), instanceId: z.string().optional(), remark: z.string().optional() }).optional(),
});

export const mjListBody = z.object({ ids: z.array(z.string()).max(500) });

export type MjCommon = {
  accountFilter?: { modes?: ("RELAX" | "FAST" | "TURBO")[]; instanceId?: string; channelId?: string };
  notifyHook?: string;
  state?: string;
};
