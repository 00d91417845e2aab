// TTAPI's job JSON (the /fetch answer and the hookUrl callback body), as its documents show it.
import { TTAPI_ACTIONS } from "../engine/offered-actions";
import type { TaskState } from "../engine/task-state";
import { FileStore } from "../files/file-store";
import type { TaskRow } from "../store/task-types";
import { numberPrompts } from "../text/describe-prompts";
import { ttapiQuota } from "./ttapi-quota";

export type TtapiJobStatus = "PENDING_QUEUE" | "ON_QUEUE" | "SUCCESS" | "FAILED";

export interface TtapiJobPayload {
  status: TtapiJobStatus;
  jobId: string;
  message: string;
  data: {
    actions: string;
    jobId: string;
    progress: string;
    prompt: string;
    discordImage: string | null;
    cdnImage: string | null;
    width: number | null;
    height: number | null;
    hookUrl: string;
    components: string[];
    seed: string | null;
    images: string[] | null;
    quota: number | null;
    notify_id: string | null;
    /**
     * Video jobs only (issue 14): one MP4 per clip, and `images` holds one poster per clip.
     * TTAPI documents no video result ("the notification is consistent with fetch" only): this
     * shape is the simulator's assumption, see the README.
     */
    videoUrls?: string[];
  };
}

const STATUS: Record<TaskState["phase"], TtapiJobStatus> = {
  modal: "PENDING_QUEUE",
  queued: "PENDING_QUEUE",
  running: "ON_QUEUE",
  succeeded: "SUCCESS",
  failed: "FAILED",
};

/**
 * The older documents show `data: []` for PENDING_QUEUE and FAILED; the current ones show a
 * data object. The simulator always sends the object (with notify_id), which a client written
 * for either version reads.
 */
export function buildTtapiJobPayload(row: TaskRow, state: TaskState, origin: string): TtapiJobPayload {
  const done = state.phase === "succeeded" ? row.result : null;
  const url = (name: string | undefined) => (name ? FileStore.url(origin, name) : null);
  const describedText = done?.prompts ? numberPrompts(done.prompts) : null;
  // Imagines and the editor's grids list their four tiles (image-edits/fetch answers like an imagine).
  const showTiles = done?.tiles && (row.kind === "imagine" || row.kind === "edit" || row.kind === "retexture" || row.getUImages);
  const clips = done?.clips;
  return {
    status: STATUS[state.phase],
    jobId: row.id,
    message: state.phase === "succeeded" ? "success" : state.phase === "failed" ? (state.failReason ?? "failed") : "",
    data: {
      actions: row.action,
      jobId: row.id,
      progress: String(state.progress),
      prompt: describedText ?? row.prompt,
      discordImage: url(done?.image),
      cdnImage: url(done?.image),
      width: done?.width ?? null,
      height: done?.height ?? null,
      hookUrl: row.hookUrl ?? "",
      components: done ? done.actions.filter((action) => TTAPI_ACTIONS.has(action)) : [],
      // The callback sample shows seed "" until /seed was asked for, null while running.
      seed: done ? (row.seedRevealed ? done.seed : "") : null,
      images: clips
        ? clips.map((clip) => FileStore.url(origin, clip.poster))
        : showTiles
          ? (done.tiles ?? []).map((name) => FileStore.url(origin, name))
          : null,
      quota: done ? ttapiQuota(row) : null,
      notify_id: row.notifyId,
      ...(clips ? { videoUrls: clips.map((clip) => FileStore.url(origin, clip.video)) } : {}),
    },
  };
}
