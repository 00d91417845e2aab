// A job's vendor task waits in a dialog (midjourney-proxy status MODAL): a remix-mode account
// parks V1-V4, vary, pan and reroll there until /mj/submit/modal, and Vary Region / Custom
// Zoom always pass through it. The adapter answers the dialog right after the action; when a
// poll still finds the task waiting, this decides what happens next, so a job never sits in
// MODAL without a way forward: confirm it again with the prompt the studio has, or ask the user.
import { jobParamsJson } from "@/lib/domain/job-json";
import { readJsonText } from "@/lib/domain/json-text";
import type { SpeedMode } from "@/lib/domain/speed-mode";
import type { EngineJob } from "./engine-store";
import type { ConfirmModalRequest, TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import { isVendorError } from "@/lib/vendors/vendor-error";
import type { JobInputState } from "./job-input-state";
import type { UploadReader } from "./prepare-submit";

/** At most this many confirmations by the engine; after that the user decides. */
export const MAX_ENGINE_CONFIRMS = 2;

export type DialogDecision =
  /** Leave it: the user was asked, or a confirmation (or the submit) is too recent to judge. */
  | { kind: "wait" }
  /** Send this confirmation now. */
  | { kind: "confirm"; request: Omit<ConfirmModalRequest, "notifyId" | "hookUrl"> }
  /** Only the user can go on: show the form with this reason and proposed prompt. */
  | { kind: "ask"; reason: string; prompt: string; canAnswer?: boolean };

interface JobParams {
  prompt?: string;
  basePrompt?: string;
  maskKey?: string;
  mode?: SpeedMode;
}

function params(job: Pick<EngineJob, "params">): JobParams {
  return readJsonText(jobParamsJson, job.params, {}) as JobParams;
}

/**
 * The prompt to confirm with: the user's (Remix or the input form), else the job's, else the
 * one the vendor's dialog proposes (a blend's child has no prompt of its own).
 */
export function dialogPrompt(job: Pick<EngineJob, "params" | "prompt">, snapshot: Pick<TaskSnapshot, "prompt">): string {
  const p = params(job);
  return [p.prompt, p.basePrompt ?? job.prompt, snapshot.prompt].map((text) => text?.trim() ?? "").find(Boolean) ?? "";
}

/** What to do about a job whose task waits for input, from what the studio knows (pure). */
export function decideDialog(
  job: Pick<EngineJob, "params" | "prompt" | "submittedAt">,
  snapshot: TaskSnapshot,
  state: JobInputState,
  canConfirm: boolean,
  now: number,
  graceMs: number,
): DialogDecision {
  if (state.askUser) return { kind: "wait" };
  const prompt = dialogPrompt(job, snapshot);
  // The adapter already answered the dialog and the vendor refused that answer (its words go to
  // the log; the user gets plain ones).
  if (snapshot.inputReason)
    return { kind: "ask", reason: "The vendor did not accept the prompt the studio sent for this step. Check it and send it again.", prompt };
  if (!canConfirm) {
    const reason =
      "The vendor is waiting for a prompt, but it offers no way to send one (/mj/submit/modal). Turn Remix off on the vendor's Midjourney account, or " +
      "use another vendor.";
    return { kind: "ask", reason, prompt, canAnswer: false };
  }
  if (state.confirmNow) return { kind: "confirm", request: { taskId: "", prompt: prompt || undefined, mode: params(job).mode } };
  // New API shows a confirmed task as MODAL until its 15-second poller catches up (relay/
  // relay-mj.go:529-547, controller/midjourney.go:25): confirming again at once would press twice.
  const last = Math.max(job.submittedAt?.getTime() ?? 0, state.confirmedAt ? Date.parse(state.confirmedAt) : 0);
  if (now - last < graceMs) return { kind: "wait" };
  if (state.confirms >= MAX_ENGINE_CONFIRMS) {
    return { kind: "ask", reason: "The vendor is still waiting for input after the studio confirmed the prompt. Check the prompt and send it again.", prompt };
  }
  const p = params(job);
  const wantsMask = Boolean(p.maskKey);
  if (!prompt && !wantsMask) return { kind: "ask", reason: "The vendor needs a prompt for this job, and the image it starts from has none.", prompt };
  return { kind: "confirm", request: { taskId: "", prompt: prompt || undefined, mode: p.mode } };
}

/** Sends the confirmation (with the Vary Region mask again); a refusal becomes a question to the user. */
export async function sendDialogConfirmation(
  client: VendorClient,
  job: Pick<EngineJob, "params" | "vendorTaskId" | "notifyId">,
  request: Omit<ConfirmModalRequest, "notifyId" | "hookUrl">,
  uploads: UploadReader,
): Promise<{ ok: true } | { ok: false; reason: string; retry: boolean }> {
  if (!client.confirmModal || !job.vendorTaskId) return { ok: false, reason: "This vendor cannot be given a prompt for a waiting task.", retry: false };
  const maskKey = params(job).maskKey;
  try {
    const mask = maskKey ? (await uploads.read(maskKey)).bytes : undefined;
    await client.confirmModal({ ...request, taskId: job.vendorTaskId, mask, notifyId: job.notifyId });
    return { ok: true };
  } catch (error) {
    if (!isVendorError(error)) throw error;
    // A lost answer or an outage: the next poll tells whether it arrived.
    if (error.outcomeUnknown || error.retryable) return { ok: false, reason: error.message, retry: true };
    return { ok: false, reason: error.message, retry: false };
  }
}
