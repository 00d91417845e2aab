// Checks on video and image-edit requests, shared by both protocols: bad input gets a clear
// error before anything reaches a vendor (where a wrong field could still be billed).
import { isDataUrl, isWebUrl } from "./submit-inputs";
import type { ImageEditRequest, VideoExtendRequest, VideoRequest } from "./types";
import { VendorError } from "./vendor-error";

const MOTIONS = ["low", "high"];
const BATCH_SIZES = [1, 2, 4];
const RESOLUTIONS = ["sd", "hd"];
/** Midjourney's editor ratios (TTAPI image-edits documentation); vendors adjust any other. */
export const EDIT_ASPECT_RATIOS = ["1:1", "1:2", "2:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9"] as const;

function requireImage(value: string | undefined, what: string): void {
  if (!value?.trim()) throw new VendorError("BAD_REQUEST", `${what} is missing: give an http(s) address or a base64 data URL.`);
  if (!isWebUrl(value) && !isDataUrl(value)) throw new VendorError("BAD_REQUEST", `${what} must be an http(s) address or a base64 data URL.`);
}

function requireMotionAndBatch(motion: string, batchSize: number): void {
  if (!MOTIONS.includes(motion)) throw new VendorError("BAD_REQUEST", `Video motion must be "low" or "high", not "${motion}".`);
  if (!BATCH_SIZES.includes(batchSize)) throw new VendorError("BAD_REQUEST", `A video batch is 1, 2 or 4 clips, not ${batchSize}.`);
}

export function requireVideoRequest(request: VideoRequest): void {
  requireImage(request.image, "The video's first frame (image)");
  if (request.endImage !== undefined) requireImage(request.endImage, "The video's last frame (endImage)");
  requireMotionAndBatch(request.motion, request.batchSize);
  if (!RESOLUTIONS.includes(request.resolution)) throw new VendorError("BAD_REQUEST", `Video resolution must be "sd" or "hd", not "${request.resolution}".`);
  if (typeof request.prompt !== "string") throw new VendorError("BAD_REQUEST", "The video prompt must be text (empty for automatic).");
}

export function requireVideoExtendRequest(request: VideoExtendRequest): void {
  if (!request.parentTaskId?.trim()) throw new VendorError("BAD_REQUEST", "Extend needs the finished video task it extends (parentTaskId).");
  if (!Number.isInteger(request.index) || request.index < 0 || request.index > 3) {
    throw new VendorError("BAD_REQUEST", `Extend picks clip 0-3 of the video, not ${request.index}.`);
  }
  requireMotionAndBatch(request.motion, request.batchSize);
  if (typeof request.prompt !== "string") throw new VendorError("BAD_REQUEST", "The extend prompt must be text (empty for automatic).");
}

export function requireImageEditRequest(request: ImageEditRequest): void {
  requireImage(request.image, "The image to edit");
  if (!request.prompt?.trim()) throw new VendorError("BAD_REQUEST", `${request.type === "retexture" ? "Retexture" : "Edit"} needs a prompt.`);
  if (request.type !== "edit" && request.type !== "retexture")
    throw new VendorError("BAD_REQUEST", `Image edit type must be "edit" or "retexture", not "${request.type}".`);
  if (request.aspectRatio !== undefined && !(EDIT_ASPECT_RATIOS as readonly string[]).includes(request.aspectRatio)) {
    throw new VendorError("BAD_REQUEST", `Midjourney's editor takes the ratios ${EDIT_ASPECT_RATIOS.join(", ")}, not ${request.aspectRatio}.`);
  }
}

/** The edit prompt with its ratio as --ar, unless the prompt already sets one. */
export function editPromptWithAspect(prompt: string, aspectRatio: string | undefined): string {
  const text = prompt.trim();
  if (!aspectRatio || /(^|\s)--(ar|aspect)\b/i.test(text)) return text;
  return `${text} --ar ${aspectRatio}`;
}
