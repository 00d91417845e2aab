// midjourney-proxy task (a fetch/list item or a notifyHook callback, same shape) -> TaskSnapshot.
import { ACTIONS_NEEDING_INPUT } from "../action-vocabulary";
import { classifyFailureReason } from "../classify-failure-reason";
import { parseProgress } from "../parse-progress";
import { KEYCAP, splitDescribedPrompts } from "../split-described-prompts";
import type { JobStatus } from "@/lib/domain/job-status";
import type { TaskSnapshot } from "../types";
import { mjproxyImageUrls } from "./mjproxy-image-urls";
import { mjproxyOfferedActions } from "./mjproxy-buttons";
import type { MjproxyProfileSpec } from "./mjproxy-profiles";
import { mjproxyTaskSchema, type MjproxyTask } from "./mjproxy-schemas";
import { mjproxyVideoActions } from "./mjproxy-video-actions";
import { isMjproxyVideoTask, mjproxyVideoUrls } from "./mjproxy-video-urls";

const STATUS: Record<string, JobStatus> = {
  // New API stores every new task with status "" and fills it in only from a poller that runs
  // every 15 s (relay/relay-mj.go:529-547, controller/midjourney.go:25): submitted and waiting.
  "": "SUBMITTED",
  // Accepted by the vendor but not started: SUBMITTED for the studio (QUEUED would mean "not sent").
  NOT_START: "SUBMITTED",
  SUBMITTED: "SUBMITTED",
  IN_PROGRESS: "RUNNING",
  MODAL: "NEEDS_INPUT",
  SUCCESS: "SUCCEEDED",
  FAILURE: "FAILED",
  CANCEL: "CANCELLED",
};

/** trueai's cancel endpoint fails the task with these words; it never sets CANCEL (TaskController.cs Cancel). */
const CANCELLED_REASON = /^\s*取消任务\s*$/;

/** Task actions whose result is text, not an image. */
const TEXT_ACTIONS = new Set(["DESCRIBE", "SHORTEN"]);

export interface MjproxyNormalizeContext {
  profile: MjproxyProfileSpec;
  /** The connection's base URL (where /mj/* lives), for relative image addresses. */
  baseUrl: string;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function finalPrompt(task: MjproxyTask): string | undefined {
  const value = task.properties?.finalPrompt;
  return typeof value === "string" ? nonEmpty(value) : undefined;
}

function positive(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/**
 * Describe and shorten answer with numbered prompts (1️⃣ 2️⃣ …). midjourney-proxy puts a
 * describe's in prompt/promptEn, and a shorten's (Midjourney's embed text, analysis and
 * header included) in properties.finalPrompt and description, so the first field holding a
 * numbered list wins.
 */
function resultPrompts(task: MjproxyTask): string[] {
  const candidates = [finalPrompt(task), task.description, task.promptEn, task.prompt].map((c) => nonEmpty(c)).filter((c): c is string => Boolean(c));
  const numbered = candidates.find((c) => KEYCAP.test(c));
  return splitDescribedPrompts(numbered ?? nonEmpty(task.promptEn) ?? nonEmpty(task.prompt));
}

/** Undefined when the payload is not a midjourney-proxy task (no id or an unknown status). */
export function normalizeMjproxyTask(raw: unknown, context: MjproxyNormalizeContext): TaskSnapshot | undefined {
  const parsed = mjproxyTaskSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const task = parsed.data;
  const taskId = nonEmpty(task.id);
  // A missing status reads like New API's empty one.
  const vendorStatus = (task.status ?? "").trim().toUpperCase();
  if (!taskId || !(vendorStatus in STATUS)) return undefined;
  let status = STATUS[vendorStatus];
  if (status === "FAILED" && CANCELLED_REASON.test(task.failReason ?? "")) status = "CANCELLED";
  const progress = status === "SUCCEEDED" ? 100 : Math.min(99, parseProgress(task.progress));
  const snapshot: TaskSnapshot = { taskId, status, progress, actions: [] };
  const notifyId = nonEmpty(task.state);
  if (notifyId) snapshot.notifyId = notifyId;

  const action = (task.action ?? "").toUpperCase();
  const text = TEXT_ACTIONS.has(action);
  if (text && status === "SUCCEEDED") snapshot.prompts = resultPrompts(task);
  // A blend's (and an Inpaint modal's) prompt is empty: its prompt is in properties.finalPrompt.
  const prompt = nonEmpty(task.prompt) ?? nonEmpty(task.promptEn) ?? (text ? undefined : finalPrompt(task));
  // A describe's prompt field holds its answer; a shorten's holds the prompt it shortened.
  if (prompt && !(action === "DESCRIBE" && snapshot.prompts?.length)) snapshot.prompt = prompt;
  const seed = nonEmpty(task.seed);
  if (seed) snapshot.seed = seed;

  if (status === "SUCCEEDED") {
    const video = isMjproxyVideoTask(task);
    // A video task's imageUrl (and trueai's imageUrls) are its clips, never images to store.
    if (video) Object.assign(snapshot, mjproxyVideoUrls(task, context.baseUrl));
    else if (!text) Object.assign(snapshot, mjproxyImageUrls(task, taskId, context));
    const width = positive(task.width);
    const height = positive(task.height);
    if (width && height) Object.assign(snapshot, { width, height });
    const needsModal = (key: string) => ACTIONS_NEEDING_INPUT.includes(key);
    // Without /mj/submit/modal a Vary Region or Custom Zoom button could never be completed.
    const offered = mjproxyOfferedActions(task.buttons).filter((a) => context.profile.features.has("modal") || !needsModal(a.key));
    snapshot.actions = mjproxyVideoActions(offered, action, context.profile);
  }
  if (status === "FAILED" || status === "CANCELLED") {
    snapshot.failureReason = nonEmpty(task.failReason) ?? nonEmpty(task.description) ?? "The task failed at the vendor without a reason.";
    if (status === "FAILED") snapshot.failureCode = classifyFailureReason(snapshot.failureReason);
  }
  return snapshot;
}
