// /sim/trueai/* – a self-hosted trueai-org/midjourney-proxy as its code behaves (commit ed32197).
// Also the upstream behind /sim/newapi: New API calls it in-process ("internal"), with the key in
// mj-api-secret, and its tasks carry the profile "newapi".
//
// - Auth: trueai-auth.ts. Routes: SubmitController and TaskController, each also under the
//   /mj-fast, /mj-relax and /mj-turbo prefixes, which pick the speed (SubmitController.cs:37-40,
//   SimpleAuthMiddleware.cs:54-69). An unknown route is an empty HTTP 404.
// - A body that is not JSON fails model binding: HTTP 200 {success: false, code: -1, message}
//   (Program.cs:229-235, Result.cs:71-74).
import { handleVideo } from "../mjproxy/handle-video";
import { handleEdits, handleRetexture } from "../mjproxy/handle-edits";
import { jsonResponse } from "../http/json-response";
import { keyHash } from "../http/keys-match";
import { readJsonBody } from "../http/read-json-body";
import { requestOrigin } from "../http/request-origin";
import { handleBlend } from "../mjproxy/handle-blend";
import { handleDescribe } from "../mjproxy/handle-describe";
import { handleImagine } from "../mjproxy/handle-imagine";
import { handleShorten } from "../mjproxy/handle-shorten";
import { handleSwapFace } from "../mjproxy/handle-swap-face";
import { handleUpload } from "../mjproxy/handle-upload";
import type { MjCall } from "../mjproxy/mjproxy-call";
import { MJ_CODE, mjError } from "../mjproxy/mjproxy-envelope";
import { runSubmit, type MjSubmit } from "../mjproxy/run-submit";
import type { SimulatorContext } from "../simulator-context";
import type { TaskRow } from "../store/task-types";
import { handleTrueaiAction } from "./handle-trueai-action";
import { handleTrueaiModal } from "./handle-trueai-modal";
import { handleTrueaiCancel, handleTrueaiFetch, handleTrueaiImageSeed, handleTrueaiList, trueaiImageOrigin } from "./handle-trueai-queries";
import { trueaiAuthorized, trueaiUnauthorized } from "./trueai-auth";

const SUBMITS: Record<string, MjSubmit> = {
  "submit/imagine": handleImagine,
  "submit/action": handleTrueaiAction,
  "submit/modal": handleTrueaiModal,
  "submit/blend": handleBlend,
  "submit/describe": handleDescribe,
  "submit/shorten": handleShorten,
  "insight-face/swap": handleSwapFace,
  // Issue 14: video and the editor.
  "submit/video": handleVideo,
  "submit/edits": handleEdits,
  // SubmitController.cs:781-782 maps both /edit and /edits.
  "submit/edit": handleEdits,
  "submit/retexture": handleRetexture,
};

const PREFIX = /^\/(mj-fast|mj-relax|mj-turbo)(\/mj\/.*)$/i;

export interface TrueaiMount {
  profile: "trueai" | "newapi";
  /** A call from New API's relay or poller: no knobs, no latency, not counted as a submit. */
  internal?: boolean;
}

function matchRoute(path: string, method: string): { name: string; id?: string } | null {
  const task = /^\/mj\/task\/([^/]+)\/(fetch|image-seed|cancel)$/.exec(path);
  if (task) return (task[2] === "cancel") === (method === "POST") ? { name: `task/${task[2]}`, id: decodeURIComponent(task[1]) } : null;
  const other = /^\/mj\/((?:submit\/[a-z-]+)|insight-face\/swap|task\/list-by-condition|task\/list-by-ids)$/.exec(path);
  if (!other || method !== "POST") return null;
  return other[1] in SUBMITS || ["submit/upload-discord-images", "task/list-by-condition", "task/list-by-ids"].includes(other[1]) ? { name: other[1] } : null;
}

export async function routeTrueai(ctx: SimulatorContext, request: Request, rawPath: string, mount: TrueaiMount): Promise<Response> {
  const prefixed = PREFIX.exec(rawPath);
  const path = prefixed ? prefixed[2] : rawPath;
  const pathMode = prefixed ? (prefixed[1].slice(3).toLowerCase() as TaskRow["mode"]) : undefined;
  if (!trueaiAuthorized(request, ctx.options.apiKey)) return trueaiUnauthorized();
  const route = matchRoute(path, request.method);
  if (!route) return new Response(null, { status: 404 });
  const base = {
    ctx,
    request,
    origin: requestOrigin(request),
    keyHash: keyHash(ctx.options.apiKey),
    profile: mount.profile,
    endpoint: `/${mount.profile === "newapi" ? "newapi(upstream)" : "trueai"}${rawPath}`,
    pathMode,
  };
  if (route.name === "task/fetch" || route.name === "task/image-seed") {
    const call: MjCall = { ...base, body: null };
    if (route.name === "task/image-seed") return handleTrueaiImageSeed(call, route.id ?? "");
    const knob = mount.internal ? null : ctx.knobs.takeFetchError("mjproxy");
    if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
    return handleTrueaiFetch(call, route.id ?? "");
  }
  if (route.name === "task/cancel") return handleTrueaiCancel({ ...base, body: null }, route.id ?? "");
  const body = await readJsonBody(request);
  if (!body.ok) return jsonResponse({ success: false, code: -1, message: "参数异常", timestamp: String(Date.now()) });
  const call: MjCall = { ...base, body: body.value };
  if (route.name === "task/list-by-condition" || route.name === "task/list-by-ids") {
    const knob = mount.internal ? null : ctx.knobs.takeFetchError("mjproxy");
    if (knob) return mjError(knob.httpStatus, MJ_CODE.FAILURE, "simulated fetch error");
    return handleTrueaiList(call);
  }
  if (route.name === "submit/upload-discord-images") return handleUpload({ ...call, origin: trueaiImageOrigin(call) });
  const handler = SUBMITS[route.name];
  if (!mount.internal) return runSubmit(call, route.name, handler);
  ctx.scheduler.pump();
  return (await handler(call)).response;
}
