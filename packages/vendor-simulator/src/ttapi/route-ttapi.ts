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
  const route = /^\/midjourney\/(?:v1\/([A-Za-z]+)|(status))$/.exec(path);
  if (!route) return jsonResponse({ status: "FAILED", message: "Not Found", data: null }, 404);
  if (!keysMatch(request.headers.get("tt-api-key"), ctx.options.apiKey)) {
    return ttapiFailure(TTAPI_ERROR.AUTH, "Unauthorized: invalid or missing TT-API-KEY");
  }
  const base = { ctx, request, origin: requestOrigin(request), keyHash: keyHash(ctx.options.apiKey), endpoint: `/ttapi${path}` };
  if (route[2]) return request.method === "GET" ? handleStatus(ctx) : jsonResponse({ status: "FAILED", message: "Method Not Allowed", data: null }, 405);
  const name = route[1];
  const handler = SUBMITS[name] ?? QUERIES[name];
  if (!handler) return jsonResponse({ status: "FAILED", message: "Not Found", data: null }, 404);
  if (request.method !== "POST") return jsonResponse({ status: "FAILED", message: "Method Not Allowed", data: null }, 405);
  const body = await readJsonBody(request);
  if (!body.ok) return ttapiFailure(TTAPI_ERROR.PARAMETER, "Invalid parameter: the body must be JSON.");
  const call: TtapiCall = { ...base, body: body.value };
  if (name === "fetch") {
    const knob = ctx.knobs.takeFetchError("ttapi");
    if (knob) return ttapiFailure(TTAPI_ERROR.SYSTEM, "simulated fetch error", knob.httpStatus);
  }
  if (SUBMITS[name]) return submit(ctx, call, name, SUBMITS[name]);
  return QUERIES[name](call);
}
