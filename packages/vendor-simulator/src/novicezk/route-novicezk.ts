// /sim/novicezk/* – the original open-source midjourney-proxy (novicezk, Java, v2.x): enough of
// it for connection checks and polling: imagine, fetch and list-by-condition under its /mj
// context path (config/application.yml).
// - Auth only through mj-api-secret; a wrong or missing one is an empty HTTP 401
//   (ApiAuthorizeInterceptor.java:20-30).
// - An unknown id on fetch: Spring writes the null result as an empty HTTP 200 (TaskController.java fetch).
// - list-by-condition: no ids → []; unknown ids are left out.
// - Other paths: Spring's JSON 404.
import { stateAt } from "../engine/task-state";
import { jsonResponse } from "../http/json-response";
import { keyHash, keysMatch } from "../http/keys-match";
import { readJsonBody } from "../http/read-json-body";
import { requestOrigin } from "../http/request-origin";
import { handleImagine } from "../mjproxy/handle-imagine";
import { findMjTask, type MjCall } from "../mjproxy/mjproxy-call";
import { MJ_CODE, mjError } from "../mjproxy/mjproxy-envelope";
import { runSubmit } from "../mjproxy/run-submit";
import type { SimulatorContext } from "../simulator-context";
import { buildNovicezkTaskObject } from "./novicezk-task-object";

function springNotFound(path: string): Response {
  return jsonResponse({ timestamp: new Date().toISOString(), status: 404, error: "Not Found", path }, 404);
}

export async function routeNovicezk(ctx: SimulatorContext, request: Request, path: string): Promise<Response> {
  if (!keysMatch(request.headers.get("mj-api-secret"), ctx.options.apiKey)) return new Response(null, { status: 401 });
  const base = {
    ctx,
    request,
    origin: requestOrigin(request),
    keyHash: keyHash(ctx.options.apiKey),
    profile: "novicezk" as const,
    endpoint: `/novicezk${path}`,
  };
  const fetchId = /^\/mj\/task\/([^/]+)\/fetch$/.exec(path);
  if (fetchId && request.method === "GET") {
    const knob = ctx.knobs.takeFetchError("mjproxy");
    if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
    ctx.scheduler.pump();
    const row = findMjTask({ ...base, body: null }, decodeURIComponent(fetchId[1]));
    return row ? jsonResponse(buildNovicezkTaskObject(row, stateAt(row, ctx.now()), base.origin)) : new Response(null, { status: 200 });
  }
  if (request.method !== "POST" || (path !== "/mj/submit/imagine" && path !== "/mj/task/list-by-condition")) return springNotFound(path);
  const body = await readJsonBody(request);
  if (!body.ok) return jsonResponse({ timestamp: new Date().toISOString(), status: 400, error: "Bad Request", path }, 400);
  const call: MjCall = { ...base, body: body.value };
  if (path === "/mj/submit/imagine") return runSubmit(call, "submit/imagine", handleImagine);
  const knob = ctx.knobs.takeFetchError("mjproxy");
  if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
  const ids = (body.value as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids)) return jsonResponse([]);
  ctx.scheduler.pump();
  const now = ctx.now();
  return jsonResponse(
    ids.flatMap((id) => {
      const row = typeof id === "string" ? findMjTask(call, id) : null;
      return row ? [buildNovicezkTaskObject(row, stateAt(row, now), base.origin)] : [];
    }),
  );
}
