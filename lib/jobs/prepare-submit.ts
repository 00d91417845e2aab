// Turns one queued job into the vendor call its kind needs, in two steps: everything slow
// (parsing, reading uploads) happens in prepareSubmit, BEFORE the job is claimed; the
// returned send() only builds the request and calls the vendor. That keeps the window
// between "claimed" and "request sent" — where a crash leaves the outcome unknown — tiny.
// Follow-ups use the action the parent's vendor offered (TTAPI name or exact customId).
import type { ImageReference } from "@/lib/domain/image-reference";
import { jobParamsJson, offeredActionsJson } from "@/lib/domain/job-json";
import type { SpeedMode } from "@/lib/domain/speed-mode";
import type { DispatchCandidate } from "./engine-store";
import type { OfferedAction, SubmitResult, VendorClient } from "@/lib/vendors/types";
import { signedUploadUrl } from "@/lib/uploads/signed-upload-url";
import { withReferenceUrls } from "@/lib/prompt/reference-urls";
import { NO_PUBLIC_ADDRESS, referenceLinks } from "./reference-links";
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

export type SendSubmit = (common: { hookUrl?: string; notifyId: string }) => Promise<SubmitResult>;

async function dataUrl(uploads: UploadReader, key: string): Promise<string> {
  const { bytes, contentType } = await uploads.read(key);
  return `data:${contentType};base64,${bytes.toString("base64")}`;
}

function parentAction(job: DispatchCandidate, key: string): { parentTaskId: string; action: OfferedAction | undefined } {
  if (!job.parent?.vendorTaskId) throw new SubmitPreconditionError("PARENT_MISSING", "The image this action starts from has no vendor task.");
  const offered = offeredActionsJson.decode(job.parent.offeredActions);
  return { parentTaskId: job.parent.vendorTaskId, action: offered.find((a) => a.key === key) };
}

/** Image references: TTAPI takes only URLs (signed links to the upload), midjourney-proxy base64. */
async function imageRefs(connection: { protocol: string; baseUrl: string }, keys: string[], uploads: UploadReader): Promise<string[]> {
  if (connection.protocol !== "ttapi") return Promise.all(keys.map((k) => dataUrl(uploads, k)));
  return keys.map((key) => {
    const url = signedUploadUrl(key, connection.baseUrl);
    if (!url) throw new SubmitPreconditionError("BAD_REQUEST", NO_PUBLIC_ADDRESS);
    return url;
  });
}

export async function prepareSubmit(
  client: VendorClient,
  job: DispatchCandidate,
  connection: { protocol: string; baseUrl: string; defaultMode: SpeedMode },
  uploads: UploadReader,
): Promise<SendSubmit> {
  const params = jobParamsJson.decode(job.params);
  const defaultMode = connection.defaultMode;
  switch (job.kind) {
    case "IMAGINE": {
      const p = imagineParamsSchema.parse(params);
      const links = (slot: ImageReference["slot"]) => {
        const urls = referenceLinks(p.references, slot, connection.baseUrl);
        if (!urls) throw new SubmitPreconditionError("BAD_REQUEST", NO_PUBLIC_ADDRESS);
        return urls;
      };
      // Image prompts first, as Midjourney reads them; the slots' links join their flags.
      const refs = [...(await imageRefs(connection, p.imageRefKeys, uploads)), ...p.imageRefUrls, ...links("image")];
      const prompt = withReferenceUrls(job.prompt, { sref: links("sref"), oref: links("oref"), cref: links("cref") });
      return (base) => client.imagine({ ...base, mode: p.mode ?? defaultMode, prompt, imageRefs: refs, niji: p.niji });
    }
    case "ACTION": {
      const p = actionParamsSchema.parse(params);
      const { parentTaskId, action } = parentAction(job, job.action ?? "");
      if (!action) throw new SubmitPreconditionError("BAD_REQUEST", `The parent job does not offer "${job.action}".`);
      // prompt: the user's own (Custom Zoom, Remix); defaultPrompt answers a dialog the vendor
      // opens by itself (a remix-mode account) when the user gave none.
      return (base) =>
        client.act({ ...base, mode: p.mode ?? defaultMode, parentTaskId, action, prompt: p.prompt, defaultPrompt: (p.basePrompt ?? job.prompt) || undefined });
    }
    case "INPAINT": {
      const p = varyRegionParamsSchema.parse(params);
      const { parentTaskId, action } = parentAction(job, "vary_region");
      const { bytes } = await uploads.read(p.maskKey);
      const prompt = p.prompt || (p.basePrompt ?? job.prompt) || undefined;
      return (base) => client.varyRegion({ ...base, mode: p.mode ?? defaultMode, parentTaskId, action, mask: bytes, prompt });
    }
    case "BLEND": {
      const p = blendParamsSchema.parse(params);
      const images = await Promise.all(p.imageKeys.map((k) => dataUrl(uploads, k)));
      return (base) => client.blend({ ...base, mode: p.mode ?? defaultMode, images, dimensions: p.dimensions });
    }
    case "DESCRIBE": {
      const p = describeParamsSchema.parse(params);
      const image = await dataUrl(uploads, p.imageKey);
      return (base) => client.describe({ ...base, mode: p.mode ?? defaultMode, image });
    }
    case "SHORTEN": {
      const p = shortenParamsSchema.parse(params);
      const shorten = client.shorten?.bind(client);
      if (!shorten) throw new VendorError("BAD_REQUEST", "This vendor does not offer prompt shortening.");
      return (base) => shorten({ ...base, mode: p.mode ?? defaultMode, prompt: job.prompt });
    }
    case "FACESWAP": {
      const p = faceSwapParamsSchema.parse(params);
      const faceSwap = client.faceSwap?.bind(client);
      if (!faceSwap) throw new VendorError("BAD_REQUEST", "This vendor does not offer face swap.");
      const [sourceImage, targetImage] = await Promise.all([dataUrl(uploads, p.sourceKey), dataUrl(uploads, p.targetKey)]);
      return (base) => faceSwap({ ...base, sourceImage, targetImage });
    }
    default:
      throw new SubmitPreconditionError("BAD_REQUEST", `Unknown job kind ${job.kind}.`);
  }
}
