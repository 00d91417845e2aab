// midjourney-proxy's dialogs. Vary (Region) and Custom Zoom always take two steps: the button's
// action creates a task that waits in status MODAL, then /mj/submit/modal gives it the mask
// and/or prompt. On a remix-mode account V1-V4, Vary, pan and reroll wait the same way.
import type { SpeedMode } from "@/lib/domain/speed-mode";
import type { SubmitResult, TaskSnapshot } from "../types";
import { isVendorError } from "../vendor-error";
import { mjproxySubmit, type SubmitAnswer } from "./mjproxy-submit";
import type { MjproxyContext } from "./mjproxy-transport";

const MODE_FLAG = /(^|\s)--(fast|relax|turbo)\b/i;

/** The prompt with the speed mode as a flag, where the profile's gateway drops accountFilter. */
export function promptWithMode(ctx: MjproxyContext, prompt: string, mode: SpeedMode | undefined): string {
  const text = prompt.trim();
  if (!ctx.profile.modeInPrompt || !mode || !text || MODE_FLAG.test(text)) return text;
  return `${text} --${mode}`;
}

/**
 * Whether an action's answer says its task waits in the dialog. trueai answers code 21
 * "Waiting for window confirm" with properties {finalPrompt, remix: true} (TaskService.cs:
 * 1716-1718, 1751-1753, 2007-2009); New API rewrites that 21 to 1 but keeps the description and
 * properties (relay/relay-mj.go:582-585). novicezk's and DataEyes' 21 means "task exists" and
 * carries neither, so a bare 21 is not a dialog.
 */
export function waitsForModal(answer: SubmitAnswer): boolean {
  return /window confirm/i.test(answer.description) || answer.properties.remix === true;
}

export interface ModalInput {
  prompt?: string;
  /** PNG bytes, white = repaint. */
  mask?: Buffer;
  mode?: SpeedMode;
}

/** POST /mj/submit/modal {taskId, prompt, maskBase64?}: the task runs (and is billed) from here. */
export async function sendModal(ctx: MjproxyContext, taskId: string, input: ModalInput): Promise<SubmitResult> {
  const body: Record<string, unknown> = { taskId };
  // Other midjourney-proxy base64 fields carry their MIME prefix; the mask is sent the same way
  // (trueai strips exactly "data:image/png;base64,", DiscordService.cs:3568).
  if (input.mask) body.maskBase64 = `data:image/png;base64,${input.mask.toString("base64")}`;
  // A blank prompt makes trueai use the parent's prompt, then its finalPrompt (SubmitController.cs:714-737).
  body.prompt = promptWithMode(ctx, input.prompt ?? "", input.mode);
  const answer = await mjproxySubmit(ctx, "/mj/submit/modal", body);
  return { taskId: answer.taskId };
}

/**
 * The modal for a task the action just created. If it fails the task still exists, waiting in
 * the dialog: its id comes back with a NEEDS_INPUT snapshot, so the engine follows it (and
 * confirms it again, or asks the user) instead of failing a job whose task is alive. A lost
 * answer may have arrived (the engine looks again later); a refusal needs other words, so it
 * carries the vendor's reason.
 */
async function confirmNewTask(ctx: MjproxyContext, taskId: string, input: ModalInput): Promise<SubmitResult> {
  try {
    return await sendModal(ctx, taskId, input);
  } catch (error) {
    if (!isVendorError(error)) throw error;
    const lost = error.outcomeUnknown || error.retryable;
    const prompt = input.prompt?.trim();
    const waiting: TaskSnapshot = {
      taskId,
      status: "NEEDS_INPUT",
      progress: 0,
      actions: [],
      ...(lost ? {} : { inputReason: error.message }),
      ...(prompt ? { prompt } : {}),
    };
    return { taskId, snapshot: waiting };
  }
}

/**
 * Vary (Region) and Custom Zoom: the action, then the modal at once with the task id it
 * returned. trueai saves the MODAL task before it answers (TaskService.cs:1697-1713), and New API
 * would show that task with status "" for up to 15 s, so nothing is fetched in between
 * (Dooy/chatgpt-web-midjourney-proxy src/api/mjapi.ts:255-268 does the same).
 */
export async function submitThroughModal(ctx: MjproxyContext, actionBody: Record<string, unknown>, input: ModalInput): Promise<SubmitResult> {
  const { taskId } = await mjproxySubmit(ctx, "/mj/submit/action", actionBody);
  return confirmNewTask(ctx, taskId, input);
}

/**
 * Any other action: when the account is in remix mode the answer says the task waits for the
 * dialog, and it is confirmed at once with the user's prompt, else the job's, else the one the
 * vendor proposes.
 */
export async function submitAction(
  ctx: MjproxyContext,
  actionBody: Record<string, unknown>,
  prompts: { prompt?: string; defaultPrompt?: string; mode?: SpeedMode },
): Promise<SubmitResult> {
  const answer = await mjproxySubmit(ctx, "/mj/submit/action", actionBody);
  if (!waitsForModal(answer)) return { taskId: answer.taskId };
  const proposed = typeof answer.properties.finalPrompt === "string" ? answer.properties.finalPrompt : undefined;
  const prompt = [prompts.prompt, prompts.defaultPrompt, proposed].map((p) => p?.trim()).find(Boolean);
  return confirmNewTask(ctx, answer.taskId, { prompt, mode: prompts.mode });
}
