// /sim/newapi/* – New API (Calcium-Ion/new-api ef8ae4d) as it really answers, relaying to the
// trueai upstream in-process. Routes as NA router/relay-router.go:65-100 registers them, under
// /mj and under /:mode/mj (e.g. /mj-relax/mj/...; the prefix is dropped before the upstream,
// relay-mj.go:635-645). Unknown routes get gin's plain 404, before any key check.
import { keyHash } from "../http/keys-match";
import { readJsonBody } from "../http/read-json-body";
import { requestOrigin } from "../http/request-origin";
import { MJ_CODE, mjError } from "../mjproxy/mjproxy-envelope";
import type { MjCall } from "../mjproxy/mjproxy-call";
import { knobSubmitError, modalDelay, recordSubmit } from "../mjproxy/run-submit";
import type { SimulatorContext } from "../simulator-context";
import { handleNewapiImage } from "./handle-newapi-image";
import { handleNewapiFetch, handleNewapiImageSeed, handleNewapiList } from "./handle-newapi-queries";
import { newapiAuthError } from "./newapi-auth";
import { ginNotFound, relayError } from "./newapi-errors";
import { relaySubmit, relaySwapFace, type NewapiCall, type RelayOutcome } from "./relay-submit";

const SUBMITS = new Set([
  "submit/action",
  "submit/shorten",
  "submit/modal",
  "submit/imagine",
  "submit/change",
  "submit/simple-change",
  "submit/describe",
  "submit/blend",
  "submit/upload-discord-images",
  "insight-face/swap",
]);

/** "/mj-relax/mj/x" → "/mj/x"; any other single segment before /mj is a gin route too, passed on as is. */
function splitMode(path: string): string | null {
  if (path.startsWith("/mj/")) return path;
  const prefixed = /^\/([^/]+)(\/mj\/.*)$/.exec(path);
  if (!prefixed) return null;
  return prefixed[1].startsWith("mj-") ? prefixed[2] : path;
}

export async function routeNewapi(ctx: SimulatorContext, request: Request, rawPath: string): Promise<Response> {
  const path = splitMode(rawPath);
  if (!path) return ginNotFound();
  const image = /^(?:\/[^/]+)?\/mj\/image\/([^/]+)$/.exec(path);
  if (image && request.method === "GET") return handleNewapiImage(ctx, decodeURIComponent(image[1]));
  const task = /\/mj\/task\/([^/]+)\/(fetch|image-seed)$/.exec(path);
  const other = /\/mj\/((?:submit\/[a-z-]+)|insight-face\/swap|task\/list-by-condition)$/.exec(path);
  const name = task ? `task/${task[2]}` : (other?.[1] ?? "");
  const isGet = Boolean(task);
  if ((!task && !SUBMITS.has(name) && name !== "task/list-by-condition") || request.method !== (isGet ? "GET" : "POST")) return ginNotFound();
  const denied = newapiAuthError(request, ctx.options.apiKey);
  if (denied) return denied;
  const base = { ctx, origin: requestOrigin(request), keyHash: keyHash(ctx.options.apiKey), path };
  if (task) {
    const id = decodeURIComponent(task[1]);
    if (name === "task/image-seed") return handleNewapiImageSeed(base, id);
    const knob = ctx.knobs.takeFetchError("mjproxy");
    if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
    return handleNewapiFetch(base, id);
  }
  const parsed = await readJsonBody(request);
  const body = parsed.ok && parsed.value && typeof parsed.value === "object" && !Array.isArray(parsed.value) ? (parsed.value as Record<string, unknown>) : null;
  if (name === "task/list-by-condition") {
    if (!body) return relayError("do_request_failed");
    const knob = ctx.knobs.takeFetchError("mjproxy");
    if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
    return handleNewapiList({ ...base, name, body });
  }
  // A submit: the knobs and the submit log act here, on what the studio sent to New API.
  const call: NewapiCall = { ...base, name, body: body ?? {} };
  const logged = {
    ctx,
    request,
    body: body ?? {},
    origin: base.origin,
    keyHash: base.keyHash,
    profile: "newapi",
    endpoint: `/newapi${rawPath}`,
  } satisfies MjCall;
  ctx.scheduler.pump();
  await modalDelay(logged, name);
  let outcome: RelayOutcome | null = knobSubmitError(logged);
  if (!outcome && !body) outcome = { response: relayError("bind_request_body_failed"), vendorCode: 4 };
  if (!outcome) outcome = name === "insight-face/swap" ? await relaySwapFace(call) : await relaySubmit(call);
  recordSubmit(logged, name, outcome);
  return outcome.response;
}
