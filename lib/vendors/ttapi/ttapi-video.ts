// TTAPI video and image edits (docs.ttapi.io, 2026): /midjourney/video/submit, /video/extend,
// /midjourney/image-edits/submit. Their answers carry data.job_id (older page: data.jobId).
import { isDataUrl } from "../submit-inputs";
import type { ImageEditRequest, SubmitCommon, SubmitResult, VideoExtendRequest, VideoRequest } from "../types";
import { editPromptWithAspect, requireImageEditRequest, requireVideoExtendRequest, requireVideoRequest } from "../video-and-edit-inputs";
import { VendorError } from "../vendor-error";
import { ttapiSubmit, type TtapiContext } from "./ttapi-transport";

/** hookUrl, and notify_id as on every other TTAPI submit (its callbacks echo it for any task). */
function hooks(request: SubmitCommon): Record<string, unknown> {
  return { ...(request.hookUrl ? { hookUrl: request.hookUrl } : {}), notify_id: request.notifyId };
}

function requirePublicAddress(value: string, what: string): void {
  if (isDataUrl(value)) {
    throw new VendorError(
      "BAD_REQUEST",
      `TTAPI needs a public address (http or https) for ${what}; it does not take uploaded image data. ` +
        "Store the image where TTAPI can reach it and pass its address.",
    );
  }
}

export async function submitTtapiVideo(ctx: TtapiContext, request: VideoRequest): Promise<SubmitResult> {
  requireVideoRequest(request);
  requirePublicAddress(request.image, "the video's first frame");
  if (request.endImage !== undefined) requirePublicAddress(request.endImage, "the video's last frame");
  const taskId = await ttapiSubmit(ctx, "/midjourney/video/submit", {
    prompt: request.prompt.trim(),
    imageUrl: request.image,
    ...(request.endImage !== undefined ? { endingUrl: request.endImage } : {}),
    // TTAPI makes videos in fast mode only.
    mode: "fast",
    // TTAPI calls the motion "manual": "low" | "high".
    manual: request.motion,
    resolution: request.resolution,
    bs: request.batchSize,
    ...(request.loop ? { loop: true } : {}),
    ...hooks(request),
  });
  return { taskId };
}

export async function extendTtapiVideo(ctx: TtapiContext, request: VideoExtendRequest): Promise<SubmitResult> {
  requireVideoExtendRequest(request);
  const prompt = request.prompt.trim();
  const taskId = await ttapiSubmit(ctx, "/midjourney/video/extend", {
    jobId: request.parentTaskId,
    index: request.index,
    manual: request.motion,
    animateMode: prompt ? "manual" : "auto",
    ...(prompt ? { prompt } : {}),
    bs: request.batchSize,
    ...hooks(request),
  });
  return { taskId };
}

/**
 * The image goes as given: an address, or the data URL (TTAPI takes "URL or base64" and reads the
 * transparent area as the part to edit).
 */
export async function editTtapiImage(ctx: TtapiContext, request: ImageEditRequest, mode: string): Promise<SubmitResult> {
  requireImageEditRequest(request);
  const taskId = await ttapiSubmit(ctx, "/midjourney/image-edits/submit", {
    prompt: editPromptWithAspect(request.prompt, request.aspectRatio),
    image: request.image,
    mode,
    type: request.type,
    ...hooks(request),
  });
  return { taskId };
}
