// The simulator's own task model, shared by both protocols. Each protocol renders it into its
// vendor's JSON (TTAPI job payload, midjourney-proxy task object) at the moment of a fetch.

export type SimProtocol = "ttapi" | "mjproxy";
/**
 * Which mount a task was created on: answers differ per vendor. "trueai" and "novicezk" are the
 * self-hosted proxies as their code behaves; "newapi" marks the tasks of the trueai upstream
 * that stands behind the New API mount (New API keeps its own copies, see newapi/).
 */
export type SimProfile = "ttapi" | "mjproxy" | "dataeyes" | "trueai" | "newapi" | "novicezk";

/** What a task does to produce its output. */
export type TaskKind =
  | "imagine"
  | "upsample"
  | "variation"
  | "reroll"
  | "vary"
  | "upscale"
  | "zoom"
  | "pan"
  | "make_square"
  | "inpaint"
  | "blend"
  | "describe"
  | "shorten"
  | "swap_face"
  // Issue 14: a clip batch from a start image (animate, /video, extend), one clip picked from a
  // batch (video_virtual_upscale), and the image edits of Midjourney's editor.
  | "video"
  | "video_upscale"
  | "edit"
  | "retexture";

/** Persisted lifecycle. Progress within "running" is derived from timestamps, never stored. */
export type SimTaskStatus = "modal" | "queued" | "running" | "succeeded" | "failed";

export type Family = "v5" | "v6";

export interface TaskParams {
  /** Drawing seed: the same seed draws the same pixels. */
  seed: number;
  family: Family;
  /** Tile size for tasks that draw a grid from scratch (imagine, reroll, variation, blend). */
  tileWidth?: number;
  tileHeight?: number;
  /** 1-4: the grid quadrant an upsample/variation works on. */
  index?: number;
  strength?: "subtle" | "strong";
  upscale?: "subtle" | "creative" | "2x" | "4x";
  zoom?: number;
  pan?: "left" | "right" | "up" | "down";
  /** The task whose image is this task's input (the parent, or the grandparent for redo). */
  sourceId?: string;
  /** Input images saved as files at submit (blend, describe, swap face, image prompts). */
  inputs?: string[];
  /** The mask file saved at submit, exactly as received. */
  mask?: string;
  /** Video: motion, size ("sd" 480p, "hd" 720p), clips in the batch and --end loop. */
  motion?: "low" | "high";
  resolution?: "sd" | "hd";
  batch?: number;
  loop?: boolean;
  /** Video extend: the clip (1-4) of the parent video whose last frame starts the new clip. */
  extendClip?: number;
  /** Custom zoom and other modal follow-ups wait for this before they can run ("prompt": a remix window). */
  needs?: "mask" | "zoom" | "prompt";
}

/** One request that shaped a task (the submit, and for modal flows the modal). */
export interface StoredRequest {
  endpoint: string;
  receivedAt: number;
  body: unknown;
}

export interface TaskButton {
  customId: string;
  action: string;
}

export interface VideoClipFiles {
  video: string;
  poster: string;
  last: string;
}

export interface TaskResult {
  shape: "grid" | "single" | "text" | "video";
  /** For a video: the first clip's poster (first frame). */
  image?: string;
  width?: number;
  height?: number;
  tiles?: string[];
  /** The seed Midjourney reports for the task. */
  seed: string;
  /** Video output: per clip the MP4, its poster (first frame) and its last frame (for extend). */
  clips?: VideoClipFiles[];
  /** Describe / shorten output. */
  prompts?: string[];
  /** Follow-ups the task offers, by the simulator's internal names (TTAPI names + extras). */
  actions: string[];
  /** Midjourney's per-message hash used in customIds. */
  hash: string;
  buttons: TaskButton[];
  readyAt: number;
}

export interface TaskRow {
  id: string;
  protocol: SimProtocol;
  profile: SimProfile;
  keyHash: string;
  kind: TaskKind;
  /** The internal action name ("imagine", "upsample2", "zoom_out_2", "inpaint", "custom_zoom" ...). */
  action: string;
  parentId: string | null;
  status: SimTaskStatus;
  prompt: string;
  params: TaskParams;
  requests: StoredRequest[];
  hookUrl: string | null;
  notifyId: string | null;
  mode: "relax" | "fast" | "turbo";
  origin: string;
  getUImages: boolean;
  submittedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  stepMs: number;
  steps: number;
  timeoutMs: number | null;
  /** Index of the last state a webhook was produced for (see engine/task-state.ts). */
  notifiedIndex: number;
  result: TaskResult | null;
  failReason: string | null;
  /** Set by the failTasks knob or a render error: the task fails when it reaches this step. */
  failAtStep: number | null;
  seedRevealed: boolean;
}
