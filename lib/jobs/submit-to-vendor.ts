// Turns one claimed job into the vendor call its kind needs. Follow-ups use the action the
// parent job's vendor offered (its TTAPI action name or exact midjourney-proxy customId).
import type { ClaimedJob } from "@/lib/data/engine/claimed-job";
import type { OfferedAction, SpeedMode, SubmitResult, VendorClient } from "@/lib/vendors/types";
import { VendorError } from "@/lib/vendors/vendor-error";
import {
  actionParamsSchema,
  blendParamsSchema,
  describeParamsSchema,
  faceSwapParamsSchema,
  imagineParamsSchema,
  shortenParamsSchema,
  varyRegionParamsSchema,
} from "./job-params";

export interface UploadReader {
  read(key: string): Promise<{ bytes: Buffer; contentType: string }>;
}

/** A job that cannot be submitted as stored: it fails with this code, the vendor is not called. */
export class SubmitPreconditionError extends Error {
  constructor(
    readonly code: "PARENT_MISSING" | "BAD_REQUEST",
    message: string,
  ) {
    super(message);
  }
}

async function dataUrl(uploads: UploadReader, key: string): Promise<string> {
  const { bytes, contentType } = await uploads.read(key);
  return `data:${contentType};base64,${bytes.toString("base64")}`;
}

function parentAction(job: ClaimedJob, key: string): { parentTaskId: string; action: OfferedAction | undefined } {
  if (!job.parent?.vendorTaskId) throw new SubmitPreconditionError("PARENT_MISSING", "The image this action starts from has no vendor task.");
  const offered = JSON.parse(job.parent.offeredActions) as OfferedAction[];
  return { parentTaskId: job.parent.vendorTaskId, action: offered.find((a) => a.key === key) };
}

export async function submitToVendor(
  client: VendorClient,
  job: ClaimedJob,
  common: { hookUrl?: string; defaultMode: SpeedMode },
  uploads: UploadReader,
): Promise<SubmitResult> {
  const params: unknown = JSON.parse(job.params);
  const base = { hookUrl: common.hookUrl, notifyId: job.notifyId };
  switch (job.kind) {
    case "IMAGINE": {
      const p = imagineParamsSchema.parse(params);
      const refs = [...(await Promise.all(p.imageRefKeys.map((k) => dataUrl(uploads, k)))), ...p.imageRefUrls];
      return client.imagine({ ...base, mode: p.mode ?? common.defaultMode, prompt: job.prompt, imageRefs: refs, niji: p.niji });
    }
    case "ACTION": {
      const p = actionParamsSchema.parse(params);
      const { parentTaskId, action } = parentAction(job, job.action ?? "");
      if (!action) throw new SubmitPreconditionError("BAD_REQUEST", `The parent job does not offer "${job.action}".`);
      return client.act({ ...base, mode: p.mode ?? common.defaultMode, parentTaskId, action, prompt: p.prompt });
    }
    case "INPAINT": {
      const p = varyRegionParamsSchema.parse(params);
      const { parentTaskId, action } = parentAction(job, "vary_region");
      const { bytes } = await uploads.read(p.maskKey);
      return client.varyRegion({ ...base, mode: p.mode ?? common.defaultMode, parentTaskId, action, mask: bytes, prompt: job.prompt || undefined });
    }
    case "BLEND": {
      const p = blendParamsSchema.parse(params);
      const images = await Promise.all(p.imageKeys.map((k) => dataUrl(uploads, k)));
      return client.blend({ ...base, mode: p.mode ?? common.defaultMode, images, dimensions: p.dimensions });
    }
    case "DESCRIBE": {
      const p = describeParamsSchema.parse(params);
      return client.describe({ ...base, mode: p.mode ?? common.defaultMode, image: await dataUrl(uploads, p.imageKey) });
    }
    case "SHORTEN": {
      const p = shortenParamsSchema.parse(params);
      if (!client.shorten) throw new VendorError("BAD_REQUEST", "This vendor does not offer prompt shortening.");
      return client.shorten({ ...base, mode: p.mode ?? common.defaultMode, prompt: job.prompt });
    }
    case "FACESWAP": {
      const p = faceSwapParamsSchema.parse(params);
      if (!client.faceSwap) throw new VendorError("BAD_REQUEST", "This vendor does not offer face swap.");
      return client.faceSwap({ ...base, sourceImage: await dataUrl(uploads, p.sourceKey), targetImage: await dataUrl(uploads, p.targetKey) });
    }
    default:
      throw new SubmitPreconditionError("BAD_REQUEST", `Unknown job kind ${job.kind}.`);
  }
}
