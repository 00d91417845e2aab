// /sim/ttapi/* – the TTAPI protocol: TT-API-KEY auth, JSON bodies, { status, message, data } answers.
import { readJsonBody } from "../http/read-json-body";
import { requestOrigin } from "../http/request-origin";
import { keyHash, keysMatch } from "../http/keys-match";
import { jsonResponse } from "../http/json-response";
import type { SimulatorContext } from "../simulator-context";
import { handleAction } from "./handle-action";
import { handleBlend } from "./handle-blend";
import { handleDescribe } from "./handle-describe";
import { handleFetch } from "./handle-fetch";
import { handleImagine } from "./handle-imagine";
import { handleInpaint } from "./handle-inpaint";
import { handlePromptCheck } from "./handle-prompt-check";
import { handleSeed } from "./handle-seed";
import { handleStatus } from "./handle-status";
import { handleImageEditsSubmit } from "./handle-image-edits";
import { handleVideoExtend, handleVideoSubmit } from "./handle-video";
import { TTAPI_ERROR, ttapiFailure, ttapiHttpStatus } from "./ttapi-envelope";
import type { SubmitOutcome, TtapiCall } from "./ttapi-call";

type Submit = (call: TtapiCall) => SubmitOutcome | Promise<SubmitOutcome>;
type Query = (call: TtapiCall) => Response;

const SUBMITS: Record<string, Submit> = {
  imagine: handleImagine,
  action: handleAction,
  blend: handleBlend,
  describe: handleDescribe,
  inpaint: handleInpaint,
};
const QUERIES: Record<string, Query> = { fetch: handleFetch, seed: handleSeed, promptCheck: handlePromptCheck };

/** Issue 14: video and the editor live outside /v1; image-edits/fetch answers like /v1/fetch. */
const MEDIA_SUBMITS: Record<string, Submit> = {
  "video/submit": handleVideoSubmit,
  "video/extend": handleVideoExtend,
  "image-edits/submit": handleImageEditsSubmit,
};
const FETCHES = new Set(["v1/fetch", "image-edits/fetch"]);

function notifyIdOf(body: unknown): string | null {
  const value = body && typeof body === "object" ? (body as Record<string, unknown>).notify_id : undefined;
  return typeof value === "string" ? value : null;
}

async function submit(ctx: SimulatorContext, call: TtapiCall, name: string, handler: Submit): Promise<Response> {
  // Settle whatever finished just now, so an action on a job that just succeeded is accepted.
  ctx.scheduler.pump();
  const knob = ctx.knobs.takeSubmitError("ttapi");
  const outcome: SubmitOutcome = knob
    ? {
        response: ttapiFailure(
          knob.vendorCode ?? TTAPI_ERROR.SYSTEM,
          knob.message ?? "simulated submit error",
          knob.httpStatus ?? ttapiHttpStatus(knob.vendorCode ?? TTAPI_ERROR.SYSTEM),
        ),
        vendorCode: knob.vendorCode ?? TTAPI_ERROR.SYSTEM,
      }
    : await handler(call);
  ctx.submits.record({
    at: ctx.now(),
    profile: "ttapi",
    endpoint: name,
    notifyId: notifyIdOf(call.body),
    httpStatus: outcome.response.status,
    vendorCode: outcome.vendorCode === undefined ? null : String(outcome.vendorCode),
    taskId: outcome.taskId ?? null,
  });
  return outcome.response;
}

export async function routeTtapi(ctx: SimulatorContext, request: Request, path: string): Promise<Response> {
  const route = /^\/midjourney\/(?:v1\/([A-Za-z]+)|(status)|(video\/(?:submit|extend)|image-edits\/(?:submit|fetch)))$/.exec(path);
  if (!route) return jsonResponse({ status: "FAILED", message: "Not Found", data: null }, 404);
  if (!keysMatch(request.headers.get("tt-api-key"), ctx.options.apiKey)) {
    return ttapiFailure(TTAPI_ERROR.AUTH, "Unauthorized: invalid or missing TT-API-KEY");
  }
  const base = { ctx, request, origin: requestOrigin(request), keyHash: keyHash(ctx.options.apiKey), endpoint: `/ttapi${path}` };
  if (route[2]) return request.method === "GET" ? handleStatus(ctx) : jsonResponse({ status: "FAILED", message: "Method Not Allowed", data: null }, 405);
  const name = route[1] ?? route[3];
  const fetchRoute = FETCHES.has(route[1] ? `v1/${name}` : name);
  const handler = fetchRoute ? handleFetch : (SUBMITS[name] ?? QUERIES[name] ?? MEDIA_SUBMITS[name]);
  if (!handler) return jsonResponse({ status: "FAILED", message: "Not Found", data: null }, 404);
  // Fetches also answer GET ?jobId= (the image-edits fetch is documented as GET).
  const getFetch = fetchRoute && request.method === "GET";
  if (request.method !== "POST" && !getFetch) return jsonResponse({ status: "FAILED", message: "Method Not Allowed", data: null }, 405);
  let payload: unknown;
  if (getFetch) payload = { jobId: new URL(request.url).searchParams.get("jobId") ?? "" };
  else {
    const body = await readJsonBody(request);
    if (!body.ok) return ttapiFailure(TTAPI_ERROR.PARAMETER, "Invalid parameter: the body must be JSON.");
    payload = body.value;
  }
  const call: TtapiCall = { ...base, body: payload };
  if (fetchRoute) {
    const knob = ctx.knobs.takeFetchError("ttapi");
    if (knob) return ttapiFailure(TTAPI_ERROR.SYSTEM, "simulated fetch error", knob.httpStatus);
    return handleFetch(call);
  }
  const submitHandler = SUBMITS[name] ?? MEDIA_SUBMITS[name];
  if (submitHandler) return submit(ctx, call, name, submitHandler);
  return QUERIES[name](call);
}
