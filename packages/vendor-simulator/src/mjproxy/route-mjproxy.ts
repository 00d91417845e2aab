// /sim/mjproxy/* and /sim/dataeyes/* – the midjourney-proxy protocol (Bearer auth).
// The DataEyes mount sits "behind Cloudflare" (no User-Agent → 403 error code 1010) and serves
// only what DataEyes documents: imagine, action, fetch and /mj/image/{id}.
import { handleVideo } from "./handle-video";
import { handleEdits, handleRetexture } from "./handle-edits";
import { keyHash, keysMatch } from "../http/keys-match";
import { readJsonBody } from "../http/read-json-body";
import { requestOrigin } from "../http/request-origin";
import type { SimulatorContext } from "../simulator-context";
import { handleAction } from "./handle-action";
import { handleBlend } from "./handle-blend";
import { handleDescribe } from "./handle-describe";
import { handleFetch, handleListByCondition } from "./handle-fetch";
import { handleImage } from "./handle-image";
import { handleImageSeed } from "./handle-image-seed";
import { handleImagine } from "./handle-imagine";
import { handleModal } from "./handle-modal";
import { handleShorten } from "./handle-shorten";
import { handleSwapFace } from "./handle-swap-face";
import { handleUpload } from "./handle-upload";
import type { MjCall } from "./mjproxy-call";
import { MJ_CODE, mjError } from "./mjproxy-envelope";
import { runSubmit, type MjSubmit } from "./run-submit";

const SUBMITS: Record<string, MjSubmit> = {
  "submit/imagine": handleImagine,
  "submit/action": handleAction,
  "submit/modal": handleModal,
  "submit/blend": handleBlend,
  "submit/describe": handleDescribe,
  "submit/shorten": handleShorten,
  "insight-face/swap": handleSwapFace,
  // Issue 14: video and the editor.
  "submit/video": handleVideo,
  "submit/edits": handleEdits,
  "submit/retexture": handleRetexture,
};

const DATAEYES_ROUTES = new Set(["submit/imagine", "submit/action", "task/fetch", "image"]);

function bearer(request: Request): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1].trim() : null;
}

/** Matches a path to a route name and the task id it carries, if any. */
function matchRoute(path: string): { name: string; id?: string } | null {
  const task = /^\/mj\/task\/([^/]+)\/(fetch|image-seed)$/.exec(path);
  if (task) return { name: `task/${task[2]}`, id: decodeURIComponent(task[1]) };
  const image = /^\/mj\/image\/([^/]+)$/.exec(path);
  if (image) return { name: "image", id: decodeURIComponent(image[1]) };
  const other = /^\/mj\/((?:submit\/[a-z-]+)|insight-face\/swap|task\/list-by-condition)$/.exec(path);
  return other ? { name: other[1] } : null;
}

const GET_ROUTES = new Set(["task/fetch", "task/image-seed", "image"]);

export async function routeMjproxy(ctx: SimulatorContext, request: Request, path: string, profile: "mjproxy" | "dataeyes"): Promise<Response> {
  if (profile === "dataeyes" && !request.headers.get("user-agent")?.trim()) {
    return new Response("error code: 1010", { status: 403, headers: { "content-type": "text/plain; charset=UTF-8" } });
  }
  const route = matchRoute(path);
  const known =
    route && (route.name in SUBMITS || GET_ROUTES.has(route.name) || route.name === "submit/upload-discord-images" || route.name === "task/list-by-condition");
  if (!route || !known || (profile === "dataeyes" && !DATAEYES_ROUTES.has(route.name))) return mjError(404, MJ_CODE.NOT_FOUND, "Not Found");
  if (!keysMatch(bearer(request), ctx.options.apiKey)) return mjError(401, MJ_CODE.VALIDATION_ERROR, "无效的令牌 (invalid token)");
  const expected = GET_ROUTES.has(route.name) ? "GET" : "POST";
  if (request.method !== expected) return mjError(405, MJ_CODE.VALIDATION_ERROR, "Method Not Allowed");
  const base = { ctx, request, origin: requestOrigin(request), keyHash: keyHash(ctx.options.apiKey), profile, endpoint: `/${profile}${path}` };
  if (expected === "GET") {
    const id = route.id ?? "";
    if (route.name === "task/fetch") {
      const knob = ctx.knobs.takeFetchError("mjproxy");
      if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
      return handleFetch({ ...base, body: null }, id);
    }
    if (route.name === "task/image-seed") return handleImageSeed({ ...base, body: null }, id);
    return handleImage({ ...base, body: null }, id);
  }
  const body = await readJsonBody(request);
  if (!body.ok) return mjError(400, MJ_CODE.VALIDATION_ERROR, "the body must be JSON");
  const call: MjCall = { ...base, body: body.value };
  if (route.name === "task/list-by-condition") {
    const knob = ctx.knobs.takeFetchError("mjproxy");
    if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
    return handleListByCondition(call);
  }
  if (route.name === "submit/upload-discord-images") return handleUpload(call);
  return runSubmit(call, route.name, SUBMITS[route.name]);
}
