// Turns one queued job into the vendor call its kind needs, in two steps: everything slow
// (parsing, reading uploads) happens in prepareSubmit, BEFORE the job is claimed; the
// returned send() only builds the request and calls the vendor. That keeps the window
// between "claimed" and "request sent" — where a crash leaves the outcome unknown — tiny.
// Follow-ups use the action the parent's vendor offered (TTAPI name or exact customId).
import type { ImageReference } from "@/lib/domain/image-reference";
import { jobParamsJson, offeredActionsJson } from "@/lib/domain/job-json";
import type { SpeedMode } from "@/lib/domain/speed-mode";
import type { DispatchCandidate } from "./engine-store";
import type { ImageEditType, OfferedAction, SubmitResult, VendorClient } from "@/lib/vendors/types";
import { signedUploadUrl } from "@/lib/uploads/signed-upload-url";
import { signedImageUrl } from "@/lib/uploads/signed-image-url";
import { withReferenceUrls } from "@/lib/prompt/reference-urls";
import { NO_PUBLIC_ADDRESS, referenceLinks } from "./reference-links";
import { VendorError } from "@/lib/vendors/vendor-error";
import {
  actionParamsSchema,
  blendParamsSchema,
  describeParamsSchema,
  editParamsSchema,
  faceSwapParamsSchema,
  imagineParamsSchema,
  shortenParamsSchema,
  varyRegionParamsSchema,
  videoParamsSchema,
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

/** One image as the vendor takes it: TTAPI a signed link to the studio's file, midjourney-proxy base64. */
async function imageForVendor(connection: { protocol: string; baseUrl: string }, key: string, uploads: UploadReader): Promise<string> {
  return (await imageRefs(connection, [key], uploads))[0];
}

function signedFrameUrl(imageId: string, vendorBaseUrl: string): string {
  const url = signedImageUrl(imageId, vendorBaseUrl);
  if (!url) throw new SubmitPreconditionError("BAD_REQUEST", NO_PUBLIC_ADDRESS);
  return url;
}

/** Animate (action null) or Extend (action "extend"); a vendor without video fails the job with a clear reason. */
async function prepareVideo(
  client: VendorClient,
  job: DispatchCandidate,
  connection: { protocol: string; baseUrl: string; defaultMode: SpeedMode },
  uploads: UploadReader,
): Promise<SendSubmit> {
  const p = videoParamsSchema.parse(jobParamsJson.decode(job.params));
  const mode = p.mode ?? connection.defaultMode;
  if (job.action === "extend") {
    const extendVideo = client.extendVideo?.bind(client);
    if (!extendVideo) throw new VendorError("BAD_REQUEST", "This vendor does not offer Extend.");
    const { parentTaskId, action } = parentAction(job, `extend:${p.motion}`);
    return (base) =>
      extendVideo({
        ...base,
        mode,
        parentTaskId,
        action,
        index: p.index,
        motion: p.motion,
        prompt: job.prompt,
        batchSize: p.batchSize,
        resolution: p.resolution,
      });
  }
  const video = client.video?.bind(client);
  if (!video) throw new VendorError("BAD_REQUEST", "This vendor does not offer video.");
  if (!p.sourceKey) throw new SubmitPreconditionError("BAD_REQUEST", "The video has no first frame.");
  // TTAPI fetches the first frame from the studio (a signed link to the gallery image, as for
  // --sref); midjourney-proxy takes it as base64.
  const image =
    connection.protocol === "ttapi" && p.sourceImageId
      ? signedFrameUrl(p.sourceImageId, connection.baseUrl)
      : await imageForVendor(connection, p.sourceKey, uploads);
  const endImage = p.endKey ? await imageForVendor(connection, p.endKey, uploads) : undefined;
  // The parent's own Animate button, when it offers one (midjourney-proxy upscales): the adapter
  // decides whether the button route can carry this request.
  const animate = job.parent?.vendorTaskId ? parentAction(job, `animate:${p.motion}`) : undefined;
  return (base) =>
    video({
      ...base,
      mode,
      image,
      prompt: job.prompt,
      motion: p.motion,
      endImage,
      loop: p.loop,
      batchSize: p.batchSize,
      resolution: p.resolution,
      parentTaskId: animate?.action ? animate.parentTaskId : undefined,
      action: animate?.action,
    });
}

function editType(action: string | null): ImageEditType {
  if (action === "edit" || action === "retexture") return action;
  throw new SubmitPreconditionError("BAD_REQUEST", `An EDIT job must be "edit" or "retexture", not "${action ?? ""}".`);
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
    case "VIDEO":
      return prepareVideo(client, job, connection, uploads);
    case "EDIT": {
      const p = editParamsSchema.parse(params);
      const type = editType(job.action);
      const editImage = client.editImage?.bind(client);
      if (!editImage) throw new VendorError("BAD_REQUEST", "This vendor does not offer Edit and Retexture.");
      // Base64 rather than a signed link: TTAPI's image-edits takes either (VIDEO-AND-EDITS.md), and
      // a data URL needs no PUBLIC_URL; for "edit" the PNG's transparent pixels are the area to change.
      const image = await dataUrl(uploads, p.imageKey);
      return (base) => editImage({ ...base, mode: p.mode ?? defaultMode, prompt: job.prompt, type, image, aspectRatio: p.aspectRatio });
    }
    default:
      throw new SubmitPreconditionError("BAD_REQUEST", `Unknown job kind ${job.kind}.`);
  }
}
