// Applies a /sim/_control patch to the knob settings.
import type { ControlPatch } from "./control-schema";
import type { KnobState } from "./knob-state";

export function applyControlPatch(knobs: KnobState, patch: ControlPatch): void {
  const s = knobs.settings;
  if (patch.webhooks) {
    const { drop, duplicate, outOfOrder } = patch.webhooks;
    if (drop !== undefined) s.webhooks.drop = typeof drop === "boolean" ? (drop ? 1 : 0) : drop;
    if (duplicate !== undefined) s.webhooks.duplicate = duplicate;
    if (outOfOrder !== undefined) s.webhooks.outOfOrder = outOfOrder;
  }
  if (patch.submitErrors !== undefined) {
    s.submitErrors = patch.submitErrors && {
      remaining: patch.submitErrors.count,
      httpStatus: patch.submitErrors.httpStatus,
      vendorCode: patch.submitErrors.vendorCode,
      message: patch.submitErrors.message,
      protocol: patch.submitErrors.protocol,
    };
  }
  if (patch.fetchErrors !== undefined) {
    s.fetchErrors = patch.fetchErrors && { remaining: patch.fetchErrors.count, httpStatus: patch.fetchErrors.httpStatus, protocol: patch.fetchErrors.protocol };
  }
  if (patch.failTasks !== undefined) {
    s.failTasks = patch.failTasks && { remaining: patch.failTasks.count, reason: patch.failTasks.reason, atStep: patch.failTasks.atStep };
  }
  if (patch.latencyMs !== undefined) s.latencyMs = patch.latencyMs;
  if (patch.stepMs !== undefined) s.stepMs = patch.stepMs;
  if (patch.modalDelayMs !== undefined) s.modalDelayMs = patch.modalDelayMs;
  if (patch.trueai?.remix !== undefined) s.trueai.remix = patch.trueai.remix;
  if (patch.newapi?.pollerMs !== undefined) s.newapi.pollerMs = patch.newapi.pollerMs;
}
