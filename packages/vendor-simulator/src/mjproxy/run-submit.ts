// Runs one midjourney-proxy submit: applies the submit knobs (a forced error, the modal delay),
// calls the handler and records the submit in the log tests read through /sim/_control/submits.
import { jsonResponse } from "../http/json-response";
import type { MjCall, MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";

export type MjSubmit = (call: MjCall) => MjOutcome | Promise<MjOutcome>;

function stateOf(body: unknown): string | null {
  const value = body && typeof body === "object" ? (body as Record<string, unknown>).state : undefined;
  return typeof value === "string" ? value : null;
}

/** The answer the submitErrors knob forces, or null when it is off. */
export function knobSubmitError(call: MjCall): MjOutcome | null {
  const knob = call.ctx.knobs.takeSubmitError("mjproxy");
  if (!knob) return null;
  const code = knob.vendorCode ?? (knob.httpStatus && knob.httpStatus < 500 ? MJ_CODE.VALIDATION_ERROR : MJ_CODE.FAILURE);
  const status = knob.httpStatus ?? 200;
  const description = knob.message ?? "simulated submit error";
  const body = status === 200 ? { code, description, properties: {}, result: null } : { code, description, result: null };
  return { response: jsonResponse(body, status), vendorCode: code };
}

/** The modalDelayMs knob: a vendor slow to accept a modal (issue 11's fault test). The modal is handled after the delay. */
export async function modalDelay(call: MjCall, name: string): Promise<void> {
  const delay = call.ctx.knobs.settings.modalDelayMs;
  if (name === "submit/modal" && delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}

export function recordSubmit(call: MjCall, name: string, outcome: MjOutcome): void {
  call.ctx.submits.record({
    at: call.ctx.now(),
    profile: call.profile,
    endpoint: name,
    notifyId: stateOf(call.body),
    httpStatus: outcome.response.status,
    vendorCode: outcome.vendorCode === undefined ? null : String(outcome.vendorCode),
    taskId: outcome.taskId ?? null,
  });
}

export async function runSubmit(call: MjCall, name: string, handler: MjSubmit): Promise<Response> {
  // Settle whatever finished just now, so an action on a task that just succeeded is accepted.
  call.ctx.scheduler.pump();
  await modalDelay(call, name);
  const outcome = knobSubmitError(call) ?? (await handler(call));
  recordSubmit(call, name, outcome);
  return outcome.response;
}
