// Video and the image editor over midjourney-proxy: /mj/submit/video, /mj/submit/edits,
// /mj/submit/retexture, and the Animate / Extend buttons where the vendor takes them.
import type { SpeedMode } from "@/lib/domain/speed-mode";
import { editPromptWithAspect, requireImageEditRequest, requireVideoExtendRequest, requireVideoRequest } from "../video-and-edit-inputs";
import type { ImageEditRequest, SubmitCommon, SubmitResult, VideoExtendRequest, VideoRequest, VideoResolution } from "../types";
import { VendorError } from "../vendor-error";
import { promptWithMode, submitAction } from "./mjproxy-modal";
import type { MjproxyFeature } from "./mjproxy-profiles";
import { mjproxySubmit } from "./mjproxy-submit";
import type { MjproxyContext } from "./mjproxy-transport";

export interface MjproxyVideoKit {
  ctx: MjproxyContext;
  defaultMode: SpeedMode;
  has(feature: MjproxyFeature): boolean;
  need(feature: MjproxyFeature): void;
  hooks(request: SubmitCommon): Record<string, unknown>;
  modes(mode: SpeedMode | undefined): Record<string, unknown>;
  actionBody(parentTaskId: string, customId: string, request: SubmitCommon): Record<string, unknown>;
}

/** trueai SubmitVideoDTO.cs VideoType: SD vid_1.1_i2v_480 (its default), HD vid_1.1_i2v_720. */
const VIDEO_TYPES: Record<VideoResolution, string> = { sd: "vid_1.1_i2v_480", hd: "vid_1.1_i2v_720" };

const MODE_FLAG = /(^|\s)--(fast|relax|turbo)\b/i;

/**
 * The video prompt always carries the speed as a flag: trueai's /mj/submit/video takes no
 * accountFilter (it sets an empty one) and reads the mode only from the path or a --fast/--relax/
 * --turbo flag (SubmitController.cs:955-976). It also refuses a blank prompt ("Prompt 不能为空",
 * SubmitController.cs:931-934), so an automatic animation sends the flag alone; trueai puts the
 * first frame's address before it and --video 1, --motion, --bs after it (TaskService.cs:683-725).
 */
function videoPrompt(prompt: string, mode: SpeedMode): string {
  const text = prompt.trim();
  if (MODE_FLAG.test(text)) return text;
  return `${text} --${mode}`.trim();
}

const isCustomId = (payload: string | undefined) => Boolean(payload?.startsWith("MJ::"));

async function submit(kit: MjproxyVideoKit, path: string, body: Record<string, unknown>): Promise<SubmitResult> {
  return { taskId: (await mjproxySubmit(kit.ctx, path, body)).taskId };
}

export async function submitMjproxyVideo(kit: MjproxyVideoKit, request: VideoRequest): Promise<SubmitResult> {
  kit.need("video");
  requireVideoRequest(request);
  const mode = request.mode ?? kit.defaultMode;
  const prompt = request.prompt.trim();
  const { action, parentTaskId } = request;
  // The button does exactly what Midjourney's Animate does: automatic prompt, no last frame, no
  // loop, four SD clips. Anything else needs /mj/submit/video's fields. New API refuses the
  // button (service/midjourney.go CoverPlusActionToNormalAction), hence "videoButtons".
  const plainAnimate = !prompt && request.endImage === undefined && !request.loop && request.batchSize === 4 && request.resolution === "sd";
  if (plainAnimate && parentTaskId && action?.key === `animate:${request.motion}` && isCustomId(action.payload) && kit.has("videoButtons")) {
    // trueai makes a VIDEO task of it (SubmitController.cs:664-671); a remix-mode account (trueai
    // wants Remix on for any Discord video, TaskService.cs:473-483) parks it in MODAL
    // (TaskService.cs:1965-1969), which submitAction confirms with the prompt trueai proposes.
    return submitAction(kit.ctx, kit.actionBody(parentTaskId, action.payload, request), { mode });
  }
  // Field names from trueai SubmitVideoDTO.cs; no taskId here: with one, trueai insists on
  // action "extend" (SubmitController.cs:992-997) and New API on a task of its own.
  return submit(kit, "/mj/submit/video", {
    prompt: videoPrompt(prompt, mode),
    motion: request.motion,
    image: request.image,
    ...(request.endImage !== undefined ? { endImage: request.endImage } : {}),
    ...(request.loop ? { loop: true } : {}),
    videoType: VIDEO_TYPES[request.resolution],
    batchSize: request.batchSize,
    ...kit.hooks(request),
  });
}

export async function extendMjproxyVideo(kit: MjproxyVideoKit, request: VideoExtendRequest): Promise<SubmitResult> {
  kit.need("video");
  requireVideoExtendRequest(request);
  const mode = request.mode ?? kit.defaultMode;
  const prompt = request.prompt.trim();
  const { action } = request;
  // A clip (a video_virtual_upscale result) carries MJ::JOB::animate_{motion}_extend::1::… (trueai
  // TaskInfo.cs:1140-1163): pressing it is Midjourney's own automatic Extend.
  if (!prompt && request.batchSize === 4 && action?.key === `extend:${request.motion}` && isCustomId(action.payload) && kit.has("videoButtons")) {
    return submitAction(kit.ctx, kit.actionBody(request.parentTaskId, action.payload, request), { mode });
  }
  // Otherwise trueai's own extend (SubmitVideoDTO.cs Action/Index/TaskId): it upscales clip
  // index+1 and presses its extend button itself (TaskService.cs:727-835). New API relays it to the
  // parent task's channel (relay/mjproxy_handler.go RelayMidjourneySubmit, RelayModeMidjourneyVideo).
  return submit(kit, "/mj/submit/video", {
    action: "extend",
    index: request.index,
    taskId: request.parentTaskId,
    motion: request.motion,
    prompt: videoPrompt(prompt, mode),
    batchSize: request.batchSize,
    ...(request.resolution ? { videoType: VIDEO_TYPES[request.resolution] } : {}),
    ...kit.hooks(request),
  });
}

/**
 * /mj/submit/edits or /mj/submit/retexture {prompt, image}: trueai SubmitEditsDTO.cs. The area to
 * edit is the image's transparent part; trueai reads no mask field (Dooy's client sends a
 * maskBase64, src/views/mj/aiEditImage.vue:44-48, which trueai's DTO drops), so none is sent.
 * Both refuse a blank image or prompt ("image或prompt不能为空", SubmitController.cs:785-788).
 */
export async function editMjproxyImage(kit: MjproxyVideoKit, request: ImageEditRequest): Promise<SubmitResult> {
  const retexture = request.type === "retexture";
  kit.need(retexture ? "retexture" : "edits");
  requireImageEditRequest(request);
  const mode = request.mode ?? kit.defaultMode;
  return submit(kit, retexture ? "/mj/submit/retexture" : "/mj/submit/edits", {
    prompt: promptWithMode(kit.ctx, editPromptWithAspect(request.prompt, request.aspectRatio), mode),
    image: request.image,
    ...kit.modes(mode),
    ...kit.hooks(request),
  });
}

/** act() on a video key: only a real button, where the vendor takes video buttons. */
export function checkMjproxyVideoAction(kit: Pick<MjproxyVideoKit, "has" | "ctx">, key: string, payload: string): void {
  if (!/^(animate|extend|video_upscale):/.test(key)) return;
  if (!isCustomId(payload)) {
    throw new VendorError(
      "BAD_REQUEST",
      `${key} has no button at ${kit.ctx.profile.vendor}: use ${key.startsWith("extend") ? "extendVideo" : "video"} instead.`,
    );
  }
  if (!kit.has("videoButtons")) {
    throw new VendorError(
      "BAD_REQUEST",
      `${kit.ctx.profile.vendor} does not relay Midjourney's video buttons (${key}); animate and extend go through its video endpoint.`,
    );
  }
}
