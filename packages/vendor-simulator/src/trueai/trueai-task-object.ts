// trueai's TaskInfo as its API serialises it: System.Text.Json, camelCase, enums as strings,
// nulls written out (TaskController.cs:75-79; Program.cs:219-223; NotifyService.cs:40-44).
// Beside the fields every midjourney-proxy has, it carries seed, width/height, the Discord
// attachment (url/proxyUrl, unreachable on purpose), imageUrls with the four tiles of a grid
// as separate files, mode, botType and parentId (TaskInfo.cs:112-623).
import { createHash } from "node:crypto";
import type { TaskState } from "../engine/task-state";
import { FileStore } from "../files/file-store";
import { MJ_ACTION_NAMES, mjFinishTime, mjStatus } from "../mjproxy/mj-task-fields";
import { SIM_INSTANCE_ID } from "../mjproxy/mjproxy-call";
import type { TaskKind, TaskRow } from "../store/task-types";
import { numberPrompts } from "../text/describe-prompts";
import { readFlag } from "../text/read-prompt-flags";
import { shortenEmbed } from "../text/shorten-embed";
import { renderTrueaiButton } from "./trueai-buttons";
import { videoLinks } from "../mjproxy/mjproxy-task-object";

/** TaskAction as trueai names it for each kind of work (SubmitController.cs:516-688): a reroll is
 * an IMAGINE and the HD upscale is UPSCALE_HD; V1-V4, Vary (Subtle/Strong) and Vary (Region) are
 * all VARIATION (SubmitController.cs:560-664), as in midjourney-proxy. An edit is EDIT
 * (SubmitController.cs:836, Enums.cs TaskAction), where new-api says EDITS. */
const TRUEAI_ACTION_NAMES: Readonly<Record<TaskKind, string>> = { ...MJ_ACTION_NAMES, reroll: "IMAGINE", upscale: "UPSCALE_HD", edit: "EDIT" };

export function trueaiAction(row: TaskRow): string {
  return TRUEAI_ACTION_NAMES[row.kind];
}

/** null until the task starts (DiscordService.cs:2002 sets "0%"), "" after a failure (TaskInfo.cs:991). */
function progress(state: TaskState): string | null {
  if (state.phase === "queued" || state.phase === "modal") return null;
  if (state.phase === "failed") return "";
  return `${state.progress}%`;
}

/** The prompt as Midjourney echoed it: the speed flag appended. */
export function trueaiFinalPrompt(row: TaskRow): string {
  if (!row.prompt || readFlag(row.prompt, ["relax", "fast", "turbo"]) !== undefined) return row.prompt;
  return `${row.prompt} --${row.mode}`;
}

/** The task's "description" as trueai keeps it: the command it sent, or the shorten answer. */
function description(row: TaskRow, state: TaskState, shortened: string | null): string {
  if (state.phase === "modal" || row.action === "custom_zoom") return "Waiting for window confirm";
  if (shortened) return shortened;
  if (row.kind === "imagine" && row.action === "imagine") return `/imagine ${row.prompt}`;
  if (row.kind === "shorten") return `/shorten ${row.prompt}`;
  if (row.kind === "describe") return "/describe";
  // SubmitController.cs:837, 907 and 1017.
  if (row.kind === "edit") return `/edit ${row.prompt}`;
  if (row.kind === "retexture") return `/retexture ${row.prompt}`;
  if (row.kind === "video" && row.action === "video") return `/video ${row.prompt}`;
  if (row.kind === "blend" && row.action === "blend") return `/blend ${row.id} ${row.params.inputs?.length ?? 0}`;
  return "";
}

/** Snowflake-like Discord ids, stable per task. */
function discordId(row: TaskRow, salt: string): string {
  const digits = BigInt(`0x${createHash("sha256").update(`${salt}:${row.id}`).digest("hex").slice(0, 15)}`).toString();
  return `1${digits.padStart(18, "0").slice(0, 18)}`;
}

function botType(row: TaskRow): "MID_JOURNEY" | "NIJI_JOURNEY" {
  return readFlag(row.prompt, ["niji"]) !== undefined ? "NIJI_JOURNEY" : "MID_JOURNEY";
}

/** `imageOrigin`: where the files are served (the CDN origin, else the origin the task came in on). */
export function buildTrueaiTaskObject(row: TaskRow, state: TaskState, imageOrigin: string) {
  const done = state.phase === "succeeded" ? row.result : null;
  const url = (name: string) => FileStore.url(imageOrigin, name);
  const shortened = done?.prompts && row.kind === "shorten" ? shortenEmbed(row.prompt, done.prompts) : null;
  const described = done?.prompts && row.kind === "describe" ? numberPrompts(done.prompts) : null;
  const started = state.phase === "running" || state.phase === "succeeded" || state.phase === "failed";
  // While it runs, Discord's progress message carries a preview (the simulator shows the picture it drew).
  const preview = state.phase === "running" && state.index > 0 && row.result?.image ? url(row.result.image) : null;
  const video = done ? videoLinks(row, imageOrigin) : null;
  // A video's imageUrl is its first MP4 and imageUrls repeat the clips (TaskInfo.cs:780-805).
  const imageUrl = video ? video.videoUrl : done?.image ? url(done.image) : preview;
  const attachment = done?.image ? `attachments/${discordId(row, "channel")}/${discordId(row, "message")}/sim_${done.hash.slice(0, 8)}.png` : null;
  const finalPrompt = shortened ?? described ?? trueaiFinalPrompt(row);
  const mode = row.mode.toUpperCase();
  return {
    id: row.id,
    parentId: row.parentId,
    botType: botType(row),
    realBotType: null,
    nonce: discordId(row, "nonce"),
    messageId: started ? discordId(row, "message") : null,
    instanceId: SIM_INSTANCE_ID,
    action: trueaiAction(row),
    status: mjStatus(state),
    prompt: described ?? row.prompt,
    promptEn: described ?? row.prompt,
    promptFull: done ? finalPrompt : null,
    description: description(row, state, shortened),
    state: row.notifyId,
    submitTime: row.submittedAt,
    startTime: started ? row.startedAt : null,
    finishTime: mjFinishTime(row, state),
    imageUrl,
    imageUrls: video ? video.videoUrls : done?.tiles ? done.tiles.map((name) => ({ url: url(name), thumbnail: url(name) })) : null,
    thumbnailUrl: video ? video.videoUrls[0].thumbnail : imageUrl,
    progress: progress(state),
    failReason: state.phase === "failed" ? (state.failReason ?? "failed") : null,
    buttons: done ? done.buttons.map(renderTrueaiButton) : [],
    seed: done ? done.seed : null,
    jobId: done ? done.hash : null,
    mode,
    requestMode: mode,
    url: attachment ? `https://cdn.discordapp.com/${attachment}` : null,
    proxyUrl: attachment ? `https://media.discordapp.net/${attachment}` : null,
    width: done?.width ?? null,
    height: done?.height ?? null,
    contentType: video ? "video/mp4" : done?.image ? "image/png" : null,
    videoUrl: video ? video.videoUrl : null,
    videoUrls: video ? video.videoUrls : null,
    properties: {
      finalPrompt: started || state.phase === "modal" ? finalPrompt : undefined,
      notifyHook: row.hookUrl ?? undefined,
      botType: botType(row) === "NIJI_JOURNEY" ? "niji" : "mj",
      discordInstanceId: SIM_INSTANCE_ID,
      discordChannelId: SIM_INSTANCE_ID,
      nonce: discordId(row, "nonce"),
      ...(started ? { messageId: discordId(row, "message") } : {}),
      ...(done ? { messageHash: done.hash } : {}),
    },
  };
}

export type TrueaiTaskObject = ReturnType<typeof buildTrueaiTaskObject>;
