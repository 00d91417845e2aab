// New API's RelayMidjourneySubmit (NA relay-mj.go:356-627), in front of the trueai upstream.
//
// - Actions are mapped by CoverPlusActionToNormalAction first (cover-plus-action.ts).
// - A follow-up (action, modal) needs New API's own copy of the task (else "task_not_found"),
//   and, except for a modal, that copy must read SUCCESS (MjActionCheckSuccessEnabled, default
//   true): New API's copy lags the upstream by up to one poller period (relay-mj.go:422-443).
//   The modal is relayed without looking at the status.
// - The body goes upstream without accountFilter and notifyHook (MjAccountFilterEnabled and
//   MjNotifyEnabled default false; NA service/midjourney.go:163-176); state and the prompt's
//   --relax/--fast/--turbo flags are kept.
// - Every answer with a body is stored as a new row with status "" and progress "0%"
//   (relay-mj.go:529-547); a code other than 1, 21, 22 is kept as its fail reason.
// - The body is passed back as received, except that "code":21 becomes "code":1 unless the
//   action is INPAINT or CUSTOM_ZOOM, and "code":22 always becomes "code":1 (relay-mj.go:564-603).
//   It is written without a Content-Type, which Go's http sniffs as text/plain.
import type { SimulatorContext } from "../simulator-context";
import { callUpstream } from "./call-upstream";
import { coverPlusAction } from "./cover-plus-action";
import { relayError } from "./newapi-errors";

export interface NewapiCall {
  ctx: SimulatorContext;
  origin: string;
  keyHash: string;
  /** The request path with any /mj-relax-style prefix removed (getMjRequestPath, relay-mj.go:635-645). */
  path: string;
  /** The route: "submit/imagine", "submit/action", ... */
  name: string;
  body: Record<string, unknown>;
}

export interface RelayOutcome {
  response: Response;
  /** The task id when the answer accepted one (code 1, 21 or 22). */
  taskId?: string;
  vendorCode?: number;
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** The body New API sends upstream: accountFilter and notifyHook deleted (NA service/midjourney.go:171-176). */
function forwardedBody(body: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...body };
  delete copy.accountFilter;
  delete copy.notifyHook;
  return copy;
}

const FIXED_ACTIONS: Record<string, string> = {
  "submit/imagine": "IMAGINE",
  "submit/describe": "DESCRIBE",
  "submit/shorten": "SHORTEN",
  "submit/blend": "BLEND",
  "submit/upload-discord-images": "UPLOAD",
};

interface UpstreamResult {
  code: number;
  description: string;
  result: string;
  properties: unknown;
}

/** Go's json.Unmarshal into MidjourneyResponse: a non-string result fails, and the zero value is used. */
function readResult(text: string): UpstreamResult {
  // An empty body is wrapped as code 5 "empty_response_body" and the relay goes on (NA service/midjourney.go:237-238).
  if (!text) return { code: 5, description: "empty_response_body", result: "", properties: null };
  const zero = { code: 0, description: "", result: "", properties: null };
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (value.result !== undefined && value.result !== null && typeof value.result !== "string") return zero;
    return {
      code: typeof value.code === "number" ? value.code : 0,
      description: str(value.description),
      result: str(value.result),
      properties: value.properties ?? null,
    };
  } catch {
    return zero;
  }
}

function relayed(status: number, text: string): Response {
  return new Response(text, { status, headers: text ? { "content-type": "text/plain; charset=utf-8" } : {} });
}

export async function relaySubmit(call: NewapiCall): Promise<RelayOutcome> {
  const { ctx, body } = call;
  const refuse = (description: string): RelayOutcome => ({ response: relayError(description), vendorCode: 4 });
  let action = FIXED_ACTIONS[call.name] ?? "";
  let prompt = str(body.prompt);
  const taskId = str(body.taskId);
  if (call.name === "submit/action") {
    const covered = coverPlusAction(str(body.customId));
    if (!covered.ok) return covered.panic ? { response: new Response(null, { status: 500 }) } : refuse(covered.description);
    action = covered.action;
  }
  if (call.name === "submit/imagine" && !prompt) return refuse("prompt_is_required");
  if (call.name === "submit/modal") action = "MODAL";
  if (call.name === "submit/change") action = str(body.action);
  if (!FIXED_ACTIONS[call.name] && taskId) {
    if (call.name === "submit/change" && !action) return refuse("action_is_required");
    const origin = ctx.newapi.store.firstByMjId(call.keyHash, taskId);
    if (!origin) return refuse("task_not_found");
    if (origin.status !== "SUCCESS" && call.name !== "submit/modal") return refuse("task_status_not_success");
    prompt = origin.prompt;
  }
  const upstream = await callUpstream(ctx, call.origin, "POST", call.path, forwardedBody(body));
  const answer = readResult(upstream.text);
  const accepted = answer.code === 1 || answer.code === 21 || answer.code === 22;
  let text = upstream.text;
  let status = "";
  let progress = "0%";
  if (answer.code === 21 && action !== "INPAINT" && action !== "CUSTOM_ZOOM") text = text.replaceAll('"code":21', '"code":1');
  if (answer.code === 1 && action === "UPLOAD") {
    status = "SUCCESS";
    progress = "100%";
  }
  ctx.newapi.store.insert({
    keyHash: call.keyHash,
    code: answer.code,
    action,
    mjId: answer.result,
    prompt,
    promptEn: "",
    description: answer.description,
    state: "",
    submitTime: ctx.now(),
    startTime: 0,
    finishTime: 0,
    imageUrl: "",
    status,
    progress,
    failReason: accepted ? "" : answer.description,
    buttons: "",
    properties: "",
  });
  if (answer.code === 22) text = text.replaceAll('"code":22', '"code":1');
  return { response: relayed(upstream.status, text), taskId: accepted && answer.result ? answer.result : undefined, vendorCode: answer.code };
}

/** RelaySwapFace (relay-mj.go:145-253): both images required; the row is "InsightFace"; the answer is re-encoded. */
export async function relaySwapFace(call: NewapiCall): Promise<RelayOutcome> {
  const { ctx, body } = call;
  if (!str(body.sourceBase64) || !str(body.targetBase64)) return { response: relayError("sour_base64_and_target_base64_is_required"), vendorCode: 4 };
  const started = ctx.now();
  const upstream = await callUpstream(ctx, call.origin, "POST", call.path, forwardedBody(body));
  const answer = readResult(upstream.text);
  ctx.newapi.store.insert({
    keyHash: call.keyHash,
    code: answer.code,
    action: "SWAP_FACE",
    mjId: answer.result,
    prompt: "InsightFace",
    promptEn: "",
    description: answer.description,
    state: "",
    submitTime: started,
    startTime: ctx.now(),
    finishTime: 0,
    imageUrl: "",
    status: "",
    progress: "0%",
    failReason: "",
    buttons: "",
    properties: "",
  });
  const reencoded = JSON.stringify({ code: answer.code, description: answer.description, properties: answer.properties, result: answer.result });
  const accepted = answer.code === 1 || answer.code === 22;
  return { response: relayed(upstream.status, reencoded), taskId: accepted && answer.result ? answer.result : undefined, vendorCode: answer.code };
}
