// TTAPI request bodies, field for field from its documents. Unknown fields are ignored, as
// the vendor's own examples send extras (e.g. "model": "fast").
import { z } from "zod";
import { hookUrlSchema } from "../http/schema-helpers";

const mode = z.enum(["relax", "fast", "turbo"]).optional();
const timeout = z.number().int().positive().optional();
const notifyId = z.string().max(256).optional();

export const ttapiImagineBody = z.object({
  prompt: z.string().trim().min(1, "prompt cannot be empty."),
  mode,
  model: z.string().optional(),
  cref: z.string().optional(),
  aspect: z.string().optional(),
  style: z.string().optional(),
  quality: z.union([z.string(), z.number()]).optional(),
  chaos: z.number().min(0).max(100).optional(),
  seed: z.number().int().min(0).max(4294967295).optional(),
  tile: z.boolean().optional(),
  stop: z.union([z.boolean(), z.number()]).optional(),
  hookUrl: hookUrlSchema,
  notify_id: notifyId,
  timeout,
  getUImages: z.boolean().optional(),
  translation: z.boolean().optional(),
});

export const ttapiActionBody = z.object({
  jobId: z.string().min(1, "jobId cannot be empty."),
  action: z.string().min(1, "'action' parameter error!"),
  mode,
  timeout,
  hookUrl: hookUrlSchema,
  notify_id: notifyId,
  getUImages: z.boolean().optional(),
});

export const ttapiSeedBody = z.object({
  jobId: z.string().min(1, "jobId cannot be empty."),
  timeout,
  hookUrl: hookUrlSchema,
});

export const ttapiBlendBody = z.object({
  imgBase64Array: z.array(z.string()).min(2, "imgBase64Array must hold 2-5 images").max(5, "imgBase64Array must hold 2-5 images"),
  dimensions: z.enum(["PORTRAIT", "SQUARE", "LANDSCAPE"]).optional(),
  mode,
  hookUrl: hookUrlSchema,
  notify_id: notifyId,
  timeout,
  getUImages: z.boolean().optional(),
});

export const ttapiDescribeBody = z
  .object({
    base64: z.string().optional(),
    url: z.string().optional(),
    mode,
    hookUrl: hookUrlSchema,
    notify_id: notifyId,
    timeout,
  })
  .refine((body) => Boolean(body.base64 || body.url), "base64 or url is required.");

export const ttapiInpaintBody = z.object({
  jobId: z.string().min(1, "jobId cannot be empty."),
  mask: z.string().min(1, "mask cannot be empty."),
  prompt: z.string().optional(),
  mode,
  hookUrl: hookUrlSchema,
  notify_id: notifyId,
  timeout,
});

export const ttapiFetchBody = z.object({ jobId: z.string().min(1, "jobId cannot be empty.") });

export const ttapiPromptCheckBody = z.object({ prompt: z.string().trim().min(1, '"prompt" cannot be empty.') });
