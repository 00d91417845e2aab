// midjourney-proxy's raw JSON (New API, 4AllAPI, DataEyes and self-hosted proxies). Every field
// is optional and a field of the wrong type is dropped, not fatal: the vendors' samples differ
// (ids as numbers or strings, progress "45%" or "45", emoji as a string or { name }).
import { z } from "zod";

const text = z.string().nullish().catch(undefined);
const numberish = z.union([z.number(), z.string()]).nullish().catch(undefined);
const idish = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .nullish()
  .catch(undefined);

export const mjproxyButtonSchema = z.looseObject({
  customId: z.string().min(1),
  label: text,
  emoji: z
    .union([z.string(), z.looseObject({ name: z.string() }).transform((e) => e.name)])
    .nullish()
    .catch(undefined),
  style: numberish,
  type: numberish,
});
export type MjproxyButton = z.infer<typeof mjproxyButtonSchema>;

export const mjproxyTaskSchema = z.looseObject({
  id: idish,
  action: text,
  status: text,
  progress: numberish,
  prompt: text,
  promptEn: text,
  description: text,
  failReason: text,
  imageUrl: text,
  state: text,
  submitTime: numberish,
  startTime: numberish,
  finishTime: numberish,
  // Parsed one by one in normalization, so one odd button does not drop the others.
  buttons: z.array(z.unknown()).nullish().catch(undefined),
  properties: z.record(z.string(), z.unknown()).nullish().catch(undefined),
  // trueai's TaskInfo also carries these (TaskInfo.cs:272, 386, 448-464); New API's DTO drops them.
  seed: idish,
  width: numberish,
  height: numberish,
  /** The original Discord attachment and its media proxy copy. */
  url: text,
  proxyUrl: text,
  /** The four tiles of a grid ({url, thumbnail}). */
  imageUrls: z
    .array(z.union([z.string(), z.looseObject({ url: z.string() }).transform((tile) => tile.url)]).catch(""))
    .nullish()
    .catch(undefined),
  /** Video tasks: trueai's first clip (= imageUrl) and every clip with its still (TaskInfo.cs:572-578,
   * 779-807); New API keeps videoUrl and videoUrls[{url}] (dto/midjourney.go MidjourneyDto). */
  videoUrl: text,
  videoUrls: z
    .array(
      z
        .union([z.string().transform((url) => ({ url, thumbnail: undefined })), z.looseObject({ url: z.string(), thumbnail: text })])
        .catch({ url: "", thumbnail: undefined }),
    )
    .nullish()
    .catch(undefined),
});
export type MjproxyTask = z.infer<typeof mjproxyTaskSchema>;

/** Submit answers and the small endpoints: { code, description, result, properties }. */
export const mjproxyResultSchema = z.looseObject({
  code: numberish,
  description: text,
  result: z.unknown().optional(),
  properties: z.record(z.string(), z.unknown()).nullish().catch(undefined),
});
export type MjproxyResult = z.infer<typeof mjproxyResultSchema>;

/** Gateways in front of a proxy answer auth failures in their own shapes. */
export const gatewayErrorSchema = z.looseObject({
  message: text,
  error: z
    .union([z.string(), z.looseObject({ message: text, code: numberish })])
    .nullish()
    .catch(undefined),
});
