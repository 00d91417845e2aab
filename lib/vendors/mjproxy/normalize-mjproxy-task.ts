// midjourney-proxy task (a fetch/list item or a notifyHook callback, same shape) -> TaskSnapshot.
import { ACTIONS_NEEDING_INPUT } from "../action-vocabulary";
import { classifyFailureReason } from "../classify-failure-reason";
import { parseProgress } from "../parse-progress";
import { KEYCAP, splitDescribedPrompts } from "../split-described-prompts";
import type { TaskSnapshot, TaskStatus } from "../types";
import { mjproxyOfferedActions } from "./mjproxy-buttons";
import type { MjproxyProfileSpec } from "./mjproxy-profiles";
import { mjproxyTaskSchema, type MjproxyTask } from "./mjproxy-schemas";

const STATUS: Record<string, TaskStatus> = {
  // Accepted by the vendor but not started: SUBMITTED for the studio (QUEUED would mean "not sent").
  NOT_START: "SUBMITTED",
  SUBMITTED: "SUBMITTED",
  IN_PROGRESS: "RUNNING",
  MODAL: "NEEDS_INPUT",
  SUCCESS: "SUCCEEDED",
  FAILURE: "FAILED",
  CANCEL: "CANCELLED",
};

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

/** The image address the studio can download, or undefined. */
function imageAddress(task: MjproxyTask, taskId: string, context: MjproxyNormalizeContext): string | undefined {
  const endpoint = `${context.baseUrl}/mj/image/${encodeURIComponent(taskId)}`;
  // DataEyes' imageUrl is relative with a placeholder host ("www.yourdomain.com/mj/image/{id}").
  if (context.profile.features.has("imageEndpoint")) return endpoint;
  const raw = nonEmpty(task.imageUrl);
  if (!raw) return undefined;
  if (/^https?:\/\//i.test(raw)) return raw;
  if (raw.includes("/mj/image/")) return endpoint;
  if (raw.startsWith("/")) return new URL(raw, context.baseUrl).href;
  return undefined;
}

/**
 * Describe and shorten answer with numbered prompts (1️⃣ 2️⃣ …). The documents do not say in
 * which field: midjourney-proxy puts a describe's in prompt/promptEn, and a shorten's may be
 * in properties.finalPrompt, so the first field holding a numbered list wins.
 */
function resultPrompts(task: MjproxyTask): string[] {
  const finalPrompt = task.properties?.finalPrompt;
  const candidates = [typeof finalPrompt === "string" ? finalPrompt : undefined, task.promptEn, task.prompt].map((c) => nonEmpty(c)).filter((c): c is string => Boolean(c));
  const numbered = candidates.find((c) => KEYCAP.test(c));
  return splitDescribedPrompts(numbered ?? nonEmpty(task.promptEn) ?? nonEmpty(task.prompt));
}

/** Undefined when the payload is not a midjourney-proxy task (no id or no known status). */
export function normalizeMjproxyTask(raw: unknown, context: MjproxyNormalizeContext): TaskSnapshot | undefined {
  const parsed = mjproxyTaskSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const task = parsed.data;
  const taskId = nonEmpty(task.id);
  const vendorStatus = (task.status ?? "").toUpperCase();
  if (!taskId || !(vendorStatus in STATUS)) return undefined;
  const status = STATUS[vendorStatus];
  const progress = status === "SUCCEEDED" ? 100 : Math.min(99, parseProgress(task.progress));
  const snapshot: TaskSnapshot = { taskId, status, progress, actions: [] };
  const notifyId = nonEmpty(task.state);
  if (notifyId) snapshot.notifyId = notifyId;

  const action = (task.action ?? "").toUpperCase();
  const text = TEXT_ACTIONS.has(action);
  if (text && status === "SUCCEEDED") snapshot.prompts = resultPrompts(task);
  const prompt = nonEmpty(task.prompt) ?? nonEmpty(task.promptEn);
  // A describe's prompt field holds its answer; a shorten's holds the prompt it shortened.
  if (prompt && !(action === "DESCRIBE" && snapshot.prompts?.length)) snapshot.prompt = prompt;

  if (status === "SUCCEEDED") {
    const imageUrl = text ? undefined : imageAddress(task, taskId, context);
    if (imageUrl) snapshot.imageUrl = imageUrl;
    const needsModal = (key: string) => ACTIONS_NEEDING_INPUT.includes(key);
    // Without /mj/submit/modal a Vary Region or Custom Zoom button could never be completed.
    snapshot.actions = mjproxyOfferedActions(task.buttons).filter((a) => context.profile.features.has("modal") || !needsModal(a.key));
  }
  if (status === "FAILED") {
    snapshot.failureReason = nonEmpty(task.failReason) ?? nonEmpty(task.description) ?? "The task failed at the vendor without a reason.";
    snapshot.failureCode = classifyFailureReason(snapshot.failureReason);
  }
  return snapshot;
}
