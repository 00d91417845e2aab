// TTAPI's raw JSON, as its documents show it. Every field is optional and a field of the wrong
// type is dropped rather than failing the whole payload: the samples themselves disagree
// (`data` is an object, `[]` or null; width is a number or null; seed "" or a string).
import { z } from "zod";

const text = z.string().nullish().catch(undefined);
const numberish = z.union([z.number(), z.string()]).nullish().catch(undefined);

export const ttapiTaskDataSchema = z.looseObject({
  actions: text,
  /** The simulator's video tasks say action "video"; TTAPI's own field name is not documented. */
  action: text,
  jobId: text,
  progress: numberish,
  prompt: text,
  discordImage: text,
  cdnImage: text,
  width: z.number().nullish().catch(undefined),
  height: z.number().nullish().catch(undefined),
  hookUrl: text,
  components: z.array(z.string()).nullish().catch(undefined),
  seed: numberish,
  images: z.array(z.string()).nullish().catch(undefined),
  quota: z.number().nullish().catch(undefined),
  notify_id: text,
});
export type TtapiTaskData = z.infer<typeof ttapiTaskDataSchema>;

/** Every TTAPI answer and callback: { status, message, data } (+ jobId for tasks, + code on some errors). */
export const ttapiEnvelopeSchema = z.looseObject({
  status: z.union([z.string(), z.number()]).nullish().catch(undefined),
  message: text,
  code: numberish,
  jobId: text,
  data: z.unknown().optional(),
});
export type TtapiEnvelope = z.infer<typeof ttapiEnvelopeSchema>;

/**
 * A submit's new id: `data.jobId` (v1 endpoints, older video page), `data.job_id` (the 2026 video
 * and image-edits pages).
 */
export const ttapiSubmitDataSchema = z.union([
  z.looseObject({ jobId: z.string().min(1) }).transform((d) => d.jobId),
  z.looseObject({ job_id: z.string().min(1) }).transform((d) => d.job_id),
]);

const modeStatusSchema = z.looseObject({ status: numberish, runningMessage: text, averageExecute: z.number().nullish().catch(undefined) });
export const ttapiStatusDataSchema = z.looseObject({
  fast: modeStatusSchema.optional().catch(undefined),
  relax: modeStatusSchema.optional().catch(undefined),
  turbo: modeStatusSchema.optional().catch(undefined),
});

export const TTAPI_TASK_STATUSES = ["PENDING_QUEUE", "ON_QUEUE", "SUCCESS", "FAILED"] as const;
