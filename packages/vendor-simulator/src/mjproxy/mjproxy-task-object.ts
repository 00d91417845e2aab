// midjourney-proxy's task object (fetch, list-by-condition and the notifyHook body) with the
// fields its documents list. DataEyes differs only in its relative imageUrl.
import { failureAt, successAt, type TaskState } from "../engine/task-state";
import { FileStore } from "../files/file-store";
import type { TaskRow } from "../store/task-types";
import { numberPrompts } from "../text/describe-prompts";
import { readFlag } from "../text/read-prompt-flags";
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
}

/** The documented action enum (IMAGINE, UPSCALE, VARIATION, ZOOM, PAN, ... and REROLL from DataEyes). */
export function mjproxyAction(row: TaskRow): string {
  switch (row.kind) {
    case "imagine":
      return "IMAGINE";
    case "upsample":
    case "upscale":
      return "UPSCALE";
    case "variation":
    case "vary":
    case "inpaint":
      return "VARIATION";
    case "reroll":
      return "REROLL";
    case "zoom":
    case "make_square":
      return "ZOOM";
    case "pan":
      return "PAN";
    case "blend":
      return "BLEND";
    case "describe":
      return "DESCRIBE";
    case "shorten":
      return "SHORTEN";
    case "swap_face":
      return "SWAP_FACE";
  }
}

function status(state: TaskState): MjproxyStatus {
  if (state.phase === "running") return state.index === 0 ? "SUBMITTED" : "IN_PROGRESS";
  return ({ modal: "MODAL", queued: "NOT_START", succeeded: "SUCCESS", failed: "FAILURE" } as const)[state.phase];
}

/** The prompt as sent to Midjourney: the speed flag is appended, as DataEyes' finalPrompt shows. */
function finalPrompt(row: TaskRow): string {
  if (!row.prompt || readFlag(row.prompt, ["relax", "fast", "turbo"]) !== undefined) return row.prompt;
  return `${row.prompt} --${row.mode}`;
}

/** A task that just settled may not be saved as settled yet: its time then comes from the clock rules. */
function finishTime(row: TaskRow, state: TaskState): number | null {
  if (state.phase === "succeeded") return row.finishedAt ?? successAt(row);
  if (state.phase === "failed") return row.finishedAt ?? failureAt(row)?.at ?? null;
  return null;
}

export function buildMjproxyTaskObject(row: TaskRow, state: TaskState, origin: string): MjproxyTaskObject {
  const done = state.phase === "succeeded" ? row.result : null;
  const resultText = done?.prompts ? numberPrompts(done.prompts) : null;
  // Describe answers in prompt/promptEn like midjourney-proxy; shorten keeps the submitted prompt.
  const prompt = row.kind === "describe" && resultText ? resultText : row.prompt;
  let imageUrl = "";
  if (done?.image) imageUrl = row.profile === "dataeyes" ? `/mj/image/${row.id}` : FileStore.url(origin, done.image);
  const started = state.phase === "running" || state.phase === "succeeded" || state.phase === "failed";
  return {
    id: row.id,
    action: mjproxyAction(row),
    prompt,
    promptEn: prompt,
    description: state.phase === "modal" ? "Waiting for window confirm" : "提交成功",
    state: row.notifyId ?? "",
    status: status(state),
    progress: `${state.progress}%`,
    submitTime: row.submittedAt,
    startTime: started ? row.startedAt : null,
    finishTime: finishTime(row, state),
    imageUrl,
    failReason: state.phase === "failed" ? (state.failReason ?? "failed") : "",
    buttons: done ? done.buttons.map(renderButton) : [],
    properties: {
      finalPrompt: resultText ?? finalPrompt(row),
      finalZhPrompt: "",
      discordInstanceId: "sim0000000000001",
      discordChannelId: "sim0000000000001",
    },
  };
}
