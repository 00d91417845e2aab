// TTAPI task (a /fetch answer or a webhook callback, same shape) -> the studio's TaskSnapshot.
import { classifyFailureReason } from "../classify-failure-reason";
import { parseProgress } from "../parse-progress";
import { splitDescribedPrompts } from "../split-described-prompts";
import type { JobStatus } from "@/lib/domain/job-status";
import type { OfferedAction, TaskFamily, TaskSnapshot } from "../types";
import { readTtapiVideoResult } from "./read-ttapi-video-result";
import { ttapiExtendActions, ttapiOfferedAction, ttapiVaryRegionAction } from "./ttapi-actions";
import { ttapiEnvelopeSchema, ttapiTaskDataSchema, type TtapiTaskData } from "./ttapi-schemas";

const STATUS: Record<string, JobStatus> = {
  // The vendor has accepted the task and queues it: for the studio that is SUBMITTED, never
  // QUEUED (which means "not yet sent" and would make the dispatcher send it again).
  PENDING_QUEUE: "SUBMITTED",
  ON_QUEUE: "RUNNING",
  SUCCESS: "SUCCEEDED",
  FAILED: "FAILED",
};

function nonEmpty(value: string | null | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** TTAPI lists Vary Region nowhere: it is offered on upscaled images, which carry Vary (Subtle/Strong). */
function isUpscaled(data: TtapiTaskData): boolean {
  const components = data.components ?? [];
  return /^upsample[1-4]$/.test(data.actions ?? "") || components.includes("low_variation") || components.includes("high_variation");
}

function offeredActions(data: TtapiTaskData): OfferedAction[] {
  const actions: OfferedAction[] = [];
  for (const name of data.components ?? []) {
    const action = ttapiOfferedAction(name);
    if (action && !actions.some((a) => a.key === action.key)) actions.push(action);
  }
  if (isUpscaled(data)) actions.push(ttapiVaryRegionAction());
  return actions;
}

/** A video task: fetched as one, named one, or carrying clips (a webhook does not say which family). */
function isVideoTask(data: TtapiTaskData, family: TaskFamily | undefined, clipCount: number): boolean {
  return family === "video" || /^(video|animate|extend)/i.test(data.action ?? data.actions ?? "") || clipCount > 0;
}

/**
 * Undefined when the payload is not a TTAPI task at all. `fallbackTaskId`: the id that was asked
 * for; `family`: what it was fetched as.
 */
export function normalizeTtapiTask(raw: unknown, fallbackTaskId?: string, family?: TaskFamily): TaskSnapshot | undefined {
  const envelope = ttapiEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return undefined;
  const parsedData = ttapiTaskDataSchema.safeParse(envelope.data.data);
  const data: TtapiTaskData = parsedData.success ? parsedData.data : {};
  const taskId = nonEmpty(envelope.data.jobId) ?? nonEmpty(data.jobId) ?? fallbackTaskId;
  const vendorStatus = typeof envelope.data.status === "string" ? envelope.data.status.toUpperCase() : "";
  if (!taskId || !(vendorStatus in STATUS)) return undefined;
  const status = STATUS[vendorStatus];

  const progress = status === "SUCCEEDED" ? 100 : Math.min(99, parseProgress(data.progress));
  const snapshot: TaskSnapshot = { taskId, status, progress, actions: [] };
  const notifyId = nonEmpty(data.notify_id);
  if (notifyId) snapshot.notifyId = notifyId;
  const describe = data.actions === "describe";
  const prompt = nonEmpty(data.prompt);
  if (describe && status === "SUCCEEDED") snapshot.prompts = splitDescribedPrompts(prompt);
  else if (prompt) snapshot.prompt = prompt;

  const video = readTtapiVideoResult(envelope.data.data);
  if (status === "SUCCEEDED" && isVideoTask(data, family, video.videoUrls.length)) {
    // A video's `images` are stills of its clips (the simulator's posters), never tiles to store.
    if (video.videoUrls.length) snapshot.videoUrls = video.videoUrls;
    if (video.posterUrl) snapshot.posterUrl = video.posterUrl;
    if (typeof data.quota === "number") snapshot.quota = data.quota;
    if (video.videoUrls.length) snapshot.actions = ttapiExtendActions();
  } else if (status === "SUCCEEDED") {
    // Image fields only for a finished task: running tasks show previews the studio never stores.
    const urls = [nonEmpty(data.cdnImage), nonEmpty(data.discordImage)].filter((u): u is string => Boolean(u));
    if (urls.length && !describe) {
      snapshot.imageUrl = urls[0];
      if (urls.length > 1) snapshot.fallbackImageUrls = urls.slice(1);
    }
    const tiles = (data.images ?? []).filter((u) => u.trim());
    if (tiles.length) snapshot.tileUrls = tiles;
    if (data.width) snapshot.width = data.width;
    if (data.height) snapshot.height = data.height;
    const seed = nonEmpty(data.seed === null || data.seed === undefined ? undefined : String(data.seed));
    if (seed) snapshot.seed = seed;
    if (typeof data.quota === "number") snapshot.quota = data.quota;
    snapshot.actions = offeredActions(data);
  }
  if (status === "FAILED") {
    snapshot.failureReason = nonEmpty(envelope.data.message) ?? "The task failed at TTAPI without a reason.";
    snapshot.failureCode = classifyFailureReason(envelope.data.message ?? undefined);
  }
  return snapshot;
}
