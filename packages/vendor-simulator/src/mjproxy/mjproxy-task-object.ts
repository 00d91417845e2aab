// midjourney-proxy's task object (fetch, list-by-condition and the notifyHook body) with the
// fields its documents list. DataEyes differs only in its relative imageUrl.
import type { TaskState } from "../engine/task-state";
import { FileStore } from "../files/file-store";
import type { TaskRow } from "../store/task-types";
import { numberPrompts } from "../text/describe-prompts";
import { readFlag } from "../text/read-prompt-flags";
import { MJ_ACTION_NAMES, mjFinishTime, mjStatus } from "./mj-task-fields";
import { renderButton, type MjproxyButtonJson } from "./mjproxy-custom-ids";

export type MjproxyStatus = "NOT_START" | "SUBMITTED" | "MODAL" | "IN_PROGRESS" | "FAILURE" | "SUCCESS" | "CANCEL";

export interface MjproxyTaskObject {
  id: string;
  action: string;
  prompt: string;
  promptEn: string;
  description: string;
  state: string;
  status: MjproxyStatus;
  progress: string;
  submitTime: number;
  startTime: number | null;
  finishTime: number | null;
  imageUrl: string;
  failReason: string;
  buttons: MjproxyButtonJson[];
  properties: Record<string, unknown>;
  /** Video tasks only: the first clip, and every clip with its poster (trueai TaskInfo.cs:780-805). */
  videoUrl?: string;
  videoUrls?: { url: string; thumbnail: string }[];
}

/** A video's links: imageUrl is the first MP4 as trueai sets it (TaskInfo.cs:783), each clip with its poster. */
export function videoLinks(row: TaskRow, origin: string): { videoUrl: string; videoUrls: { url: string; thumbnail: string }[] } | null {
  const clips = row.result?.clips;
  if (!clips?.length) return null;
  const videoUrls = clips.map((clip) => ({ url: FileStore.url(origin, clip.video), thumbnail: FileStore.url(origin, clip.poster) }));
  return { videoUrl: videoUrls[0].url, videoUrls };
}

/** The documented action enum (IMAGINE, UPSCALE, VARIATION, ZOOM, PAN, ... and REROLL from DataEyes). */
export function mjproxyAction(row: TaskRow): string {
  return MJ_ACTION_NAMES[row.kind];
}

/** The prompt as sent to Midjourney: the speed flag is appended, as DataEyes' finalPrompt shows. */
function finalPrompt(row: TaskRow): string {
  if (!row.prompt || readFlag(row.prompt, ["relax", "fast", "turbo"]) !== undefined) return row.prompt;
  return `${row.prompt} --${row.mode}`;
}

export function buildMjproxyTaskObject(row: TaskRow, state: TaskState, origin: string): MjproxyTaskObject {
  const done = state.phase === "succeeded" ? row.result : null;
  const resultText = done?.prompts ? numberPrompts(done.prompts) : null;
  // Describe answers in prompt/promptEn like midjourney-proxy; shorten keeps the submitted prompt.
  const prompt = row.kind === "describe" && resultText ? resultText : row.prompt;
  let imageUrl = "";
  if (done?.image) imageUrl = row.profile === "dataeyes" ? `/mj/image/${row.id}` : FileStore.url(origin, done.image);
  const video = done ? videoLinks(row, origin) : null;
  if (video) imageUrl = video.videoUrl;
  const started = state.phase === "running" || state.phase === "succeeded" || state.phase === "failed";
  return {
    id: row.id,
    action: mjproxyAction(row),
    prompt,
    promptEn: prompt,
    description: state.phase === "modal" ? "Waiting for window confirm" : "提交成功",
    state: row.notifyId ?? "",
    status: mjStatus(state),
    progress: `${state.progress}%`,
    submitTime: row.submittedAt,
    startTime: started ? row.startedAt : null,
    finishTime: mjFinishTime(row, state),
    imageUrl,
    failReason: state.phase === "failed" ? (state.failReason ?? "failed") : "",
    buttons: done ? done.buttons.map(renderButton) : [],
    properties: {
      finalPrompt: resultText ?? finalPrompt(row),
      finalZhPrompt: "",
      discordInstanceId: "sim0000000000001",
      discordChannelId: "sim0000000000001",
    },
    ...(video ?? {}),
  };
}
