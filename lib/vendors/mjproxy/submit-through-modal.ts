// Vary Region and Custom Zoom take two steps on midjourney-proxy: the button's action creates a
// task that waits in status MODAL, then /mj/submit/modal gives it the mask and/or prompt.
import { pollUntil, type AdapterOptions } from "../adapter-options";
import type { SubmitResult } from "../types";
import { isVendorError, VendorError } from "../vendor-error";
import { fetchMjproxyTask } from "./fetch-mjproxy-task";
import { mjproxySubmit } from "./mjproxy-submit";
import type { MjproxyContext } from "./mjproxy-transport";
import type { MjproxyNormalizeContext } from "./normalize-mjproxy-task";

export interface ModalSubmit {
  /** The body for /mj/submit/action (customId, taskId, hooks …). */
  actionBody: Record<string, unknown>;
  /** What the modal asks for. */
  modal: { prompt?: string; maskBase64?: string };
  what: string;
}

export async function submitThroughModal(ctx: MjproxyContext, norm: MjproxyNormalizeContext, options: AdapterOptions, submit: ModalSubmit): Promise<SubmitResult> {
  const { taskId: modalTaskId } = await mjproxySubmit(ctx, "/mj/submit/action", submit.actionBody);
  await pollUntil(
    options,
    async () => {
      let task;
      try {
        task = await fetchMjproxyTask(ctx, norm, modalTaskId);
      } catch (error) {
        // A task the vendor just created may not be visible yet.
        if (isVendorError(error) && error.code === "NOT_FOUND") return undefined;
        throw error;
      }
      if (task.status === "NEEDS_INPUT") return true;
      if (task.status === "FAILED" || task.status === "CANCELLED" || task.status === "SUCCEEDED") {
        throw new VendorError(task.failureCode ?? "VENDOR_ERROR", `${ctx.profile.vendor} did not open the ${submit.what} dialog: the task ended ${task.status}${task.failureReason ? ` (${task.failureReason})` : ""}.`);
      }
      return undefined;
    },
    // Nothing runs (or is billed) until the modal is submitted, so this outcome is known.
    () => new VendorError("TIMEOUT", `${ctx.profile.vendor} did not open the ${submit.what} dialog within ${Math.round(options.waitTimeoutMs / 1000)} s.`),
  );
  const body = { taskId: modalTaskId, ...(submit.modal.maskBase64 ? { maskBase64: submit.modal.maskBase64 } : {}), prompt: submit.modal.prompt ?? "" };
  const { taskId } = await mjproxySubmit(ctx, "/mj/submit/modal", body);
  return { taskId };
}
