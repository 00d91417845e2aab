// The one interface every vendor adapter implements, and the normalized shapes the rest
// of the studio sees. Raw vendor JSON never leaves lib/vendors.

import type { BlendDimensions } from "@/lib/domain/blend-dimensions";
import type { JobStatus } from "@/lib/domain/job-status";
import type { SpeedMode } from "@/lib/domain/speed-mode";
import type { MjproxyProfile, Protocol } from "@/lib/domain/vendor-protocol";

/**
 * The studio's action vocabulary. A vendor's follow-ups are normalized to these keys:
 * upscale:1..4, variation:1..4, reroll, vary:subtle|strong, upscale:subtle|creative|2x|4x,
 * redo_upscale:subtle|creative|2x|4x, zoom:1.5|2|custom, pan:left|right|up|down,
 * make_square, vary_region; video: animate:low|high (on an image), extend:low|high and
 * video_upscale:1..4 (on a finished video).
 */
export type ActionKey = string;

/** A follow-up a finished task offers, with what the vendor needs to perform it. */
export interface OfferedAction {
  key: ActionKey;
  /** Midjourney's own button name: "U1", "V1", "Vary (Region)", "Zoom Out 2x", "Pan Left" ... */
  label: string;
  /** TTAPI: the action name (e.g. "upsample1"); mjproxy: the customId exactly as received. */
  payload: string;
}

/** Failure classes the studio explains in plain words (lib/jobs maps them to messages). */
export type FailureCode =
  | "BANNED_PROMPT"
  | "BAD_KEY"
  | "QUOTA"
  | "QUEUE_FULL"
  | "RATE_LIMITED"
  | "BAD_REQUEST"
  | "BAD_MASK"
  | "NOT_FOUND"
  | "MAINTENANCE"
  | "TIMEOUT"
  | "VENDOR_ERROR"
  | "NETWORK"
  /** The vendor has no Midjourney account free right now (trueai code 3 "无可用的账号实例"). */
  | "NO_ACCOUNT";

/** One vendor task as the studio understands it. */
export interface TaskSnapshot {
  taskId: string;
  status: JobStatus;
  /** 0-100 */
  progress: number;
  /** The grid (imagine, variation, reroll, blend, zoom, pan) or the single image (upscale). */
  imageUrl?: string;
  /** The four tiles when the vendor gives them separately (TTAPI `images`, trueai `imageUrls`). */
  tileUrls?: string[];
  /**
   * Other copies of imageUrl to try, in order, when it cannot be downloaded (TTAPI gives
   * both `cdnImage` and `discordImage`; its own samples show a `cdnImage` that is not on its CDN;
   * trueai gives the Discord attachment as `url`/`proxyUrl`; New API's ServerAddress link).
   */
  fallbackImageUrls?: string[];
  width?: number;
  height?: number;
  seed?: string;
  /**
   * The prompt Midjourney ran (or, for a task waiting for input, the one its dialog proposes):
   * `prompt`, else `promptEn`, else midjourney-proxy's `properties.finalPrompt`.
   */
  prompt?: string;
  /** Describe: the four prompts. Shorten: the shortened prompts. */
  prompts?: string[];
  actions: OfferedAction[];
  failureCode?: FailureCode;
  /** The vendor's own words, for the log and for classification. */
  failureReason?: string;
  /**
   * NEEDS_INPUT only: the adapter answered the vendor's dialog and the vendor refused that
   * answer (its words, for the log). Without it the task simply waits to be confirmed.
   */
  inputReason?: string;
  /**
   * Video tasks: the MP4 files, one per clip of the batch (trueai `videoUrls[].url`, else
   * `videoUrl`; TTAPI's video result goes through `readTtapiVideoResult`).
   */
  videoUrls?: string[];
  /** Video tasks: a still the vendor made for the clip (trueai `videoUrls[].thumbnail`), when it sends one. */
  posterUrl?: string;
  /** Quota units the vendor charged (TTAPI `quota`). */
  quota?: number;
  /** The notify_id (TTAPI) or state (mjproxy) sent at submit, echoed back. */
  notifyId?: string;
}

export interface SubmitResult {
  taskId: string;
  /** Some vendors answer a submit with a finished result (e.g. a cached describe). */
  snapshot?: TaskSnapshot;
}

/** Fields every submit may carry. */
export interface SubmitCommon {
  /** Where the vendor should POST status changes; omitted when the studio has no public URL. */
  hookUrl?: string;
  /** Echoed back by the vendor; lets the engine find a task whose id it never stored. */
  notifyId: string;
  mode?: SpeedMode;
  /** How long the vendor may work before giving up, in seconds (TTAPI `timeout`, 300-1200). */
  vendorTimeoutS?: number;
}

export interface ImagineRequest extends SubmitCommon {
  /** The full prompt, with its -- flags. */
  prompt: string;
  /** Image references as data URLs (base64) or http(s) URLs. */
  imageRefs?: string[];
  niji?: boolean;
}

export interface ActionRequest extends SubmitCommon {
  parentTaskId: string;
  action: OfferedAction;
  /**
   * Custom Zoom, or the prompt the user edited (Remix): what the vendor's dialog gets.
   * midjourney-proxy sends it with /mj/submit/modal; TTAPI's /action takes no prompt.
   */
  prompt?: string;
  /**
   * The job's own prompt: what confirms a dialog the vendor opened by itself (a remix-mode
   * account parks V1-V4, vary, pan and reroll until /mj/submit/modal) when the user gave none.
   */
  defaultPrompt?: string;
}

/** A task waiting in the vendor's dialog (midjourney-proxy status MODAL), confirmed later. */
export interface ConfirmModalRequest extends SubmitCommon {
  taskId: string;
  prompt?: string;
  /** Vary (Region): the mask again (PNG, white = repaint). */
  mask?: Buffer;
}

export interface BlendRequest extends SubmitCommon {
  /** 2-5 images as data URLs. */
  images: string[];
  dimensions?: BlendDimensions;
}

export interface DescribeRequest extends SubmitCommon {
  /** A data URL or an http(s) URL. */
  image: string;
}

export interface VaryRegionRequest extends SubmitCommon {
  parentTaskId: string;
  /** The parent's Vary (Region) action (mjproxy needs its customId; TTAPI ignores it). */
  action?: OfferedAction;
  /** PNG bytes, black = keep, white = repaint, same size as the image. */
  mask: Buffer;
  prompt?: string;
}

export interface FaceSwapRequest extends SubmitCommon {
  sourceImage: string;
  targetImage: string;
}

export type VideoMotion = "low" | "high";
export type VideoResolution = "sd" | "hd";
export type VideoBatchSize = 1 | 2 | 4;

/** Animate an image into a 5 s clip (Midjourney V1 video). */
export interface VideoRequest extends SubmitCommon {
  /** The first frame: an http(s) address the vendor can reach, or a data URL. */
  image: string;
  /** Empty for "automatic" animation; the edited prompt for "manual". */
  prompt: string;
  motion: VideoMotion;
  /** The last frame (an address or a data URL); absent for none. */
  endImage?: string;
  loop?: boolean;
  batchSize: VideoBatchSize;
  resolution: VideoResolution;
  /**
   * The parent task and its "Animate" button, when the image is a vendor task that offers one
   * (midjourney-proxy sends MJ::JOB::animate_{low|high}::1::…::SOLO on upscales).
   */
  parentTaskId?: string;
  action?: OfferedAction;
}

/** Extend one clip of a finished video task by another 5 s. */
export interface VideoExtendRequest extends SubmitCommon {
  parentTaskId: string;
  /** Which clip of the batch, 0-3. */
  index: number;
  motion: VideoMotion;
  /** Empty for automatic. */
  prompt: string;
  batchSize: VideoBatchSize;
  /** The extended video's own resolution, so an HD video is extended in HD (midjourney-proxy videoType). */
  resolution?: VideoResolution;
  /** The parent's extend button (midjourney-proxy), when it sent one. */
  action?: OfferedAction;
}

export type ImageEditType = "edit" | "retexture";

/** Edit or retexture an uploaded image (Midjourney's editor). */
export interface ImageEditRequest extends SubmitCommon {
  /** PNG data URL; for "edit" the area to change is transparent (alpha 0). */
  image: string;
  prompt: string;
  type: ImageEditType;
  /** Midjourney's allowed ratios (1:1 1:2 2:1 2:3 3:2 3:4 4:3 9:16 16:9); vendors adjust others. */
  aspectRatio?: string;
}

/** What kind of task a fetch is for: some vendors fetch edits and videos elsewhere than images. */
export type TaskFamily = "image" | "video" | "edit";

export interface ConnectionCheck {
  ok: boolean;
  latencyMs: number;
  message: string;
  failureCode?: FailureCode;
}

/** What a download must be: "video" accepts only video/mp4 (a clip), "image" only image/*. */
export type DownloadMedia = "image" | "video";

export interface DownloadedImage {
  bytes: Buffer;
  contentType: string;
}

/** The capabilities differ per protocol; optional methods are absent where a protocol lacks them. */
export interface VendorClient {
  readonly protocol: Protocol;
  imagine(request: ImagineRequest): Promise<SubmitResult>;
  act(request: ActionRequest): Promise<SubmitResult>;
  blend(request: BlendRequest): Promise<SubmitResult>;
  describe(request: DescribeRequest): Promise<SubmitResult>;
  varyRegion(request: VaryRegionRequest): Promise<SubmitResult>;
  /**
   * Confirms a task that waits for input (status NEEDS_INPUT) with a prompt (and a mask for
   * Vary Region): midjourney-proxy's /mj/submit/modal. Absent where tasks never wait (TTAPI).
   */
  confirmModal?(request: ConfirmModalRequest): Promise<SubmitResult>;
  /** `family` defaults to "image"; TTAPI fetches edits at /image-edits/fetch. */
  fetchTask(taskId: string, family?: TaskFamily): Promise<TaskSnapshot>;
  /** Animate an image. Absent where the protocol has no video (the UI says so). */
  video?(request: VideoRequest): Promise<SubmitResult>;
  extendVideo?(request: VideoExtendRequest): Promise<SubmitResult>;
  /** Edit or retexture an uploaded image. Absent where the protocol has no editor. */
  editImage?(request: ImageEditRequest): Promise<SubmitResult>;
  /** Which of the two editImage takes (New API relays edits but has no retexture route). */
  readonly editTypes?: readonly ImageEditType[];
  /** After a crash between "vendor accepted" and "id stored": find the task by notify id. null = not submitted. undefined method = protocol cannot tell. */
  findByNotifyId?(notifyId: string, since: Date): Promise<TaskSnapshot | null>;
  seed(taskId: string): Promise<string>;
  promptCheck?(prompt: string): Promise<{ ok: boolean; message: string }>;
  shorten?(request: SubmitCommon & { prompt: string }): Promise<SubmitResult>;
  faceSwap?(request: FaceSwapRequest): Promise<SubmitResult>;
  uploadImages?(images: string[]): Promise<string[]>;
  listTasks?(ids: string[]): Promise<TaskSnapshot[]>;
  /** A harmless call that proves the key and the address work. */
  checkConnection(): Promise<ConnectionCheck>;
  /**
   * Downloads an image URL this vendor returned: only from the vendor's own address, the image
   * hosts it documents and the hosts an admin listed on the connection (never link-local or
   * metadata addresses, private ones only when the connection itself is on a private address).
   * `media` "video" (a clip from `videoUrls`) accepts video/mp4 instead of an image; default "image".
   */
  downloadImage(url: string, maxBytes: number, media?: DownloadMedia): Promise<DownloadedImage>;
  /**
   * Waits until the connection's rate limit would let a request through, without counting one
   * (present when the client was made with a rate limit). The engine waits here before it claims
   * a job, so the submit (which does count) leaves right after the claim.
   */
  untilReady?(): Promise<void>;
}

export interface VendorConnectionConfig {
  protocol: Protocol;
  profile: MjproxyProfile;
  baseUrl: string;
  apiKey: string;
  defaultMode: SpeedMode;
  /** Extra hosts ("host" or "host:port") images may be downloaded from: a CDN, object storage, a gateway's ServerAddress. */
  imageHosts?: readonly string[];
  /** ms; per request */
  timeoutMs?: number;
}
