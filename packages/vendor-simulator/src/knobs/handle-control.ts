// /sim/_control – test knobs and introspection (only mounted when knobs are enabled).
//   GET  /_control                 → { enabled, settings }
//   POST /_control                 → apply a patch (see control-schema.ts) → { settings }
//   POST /_control/reset           → knobs off; body { "tasks": true } also forgets all tasks
//   GET  /_control/tasks           → { tasks } (?notifyId=&profile=&limit=), newest first
//   GET  /_control/tasks/{id}      → one task with its received request bodies
//   GET  /_control/tasks/{id}/mask → the mask bytes exactly as received
//   GET  /_control/submits         → { total, byNotifyId: { [id]: { total, accepted } },
//                                       byTaskId: { [taskId]: { total, accepted, endpoints: { "submit/modal": n, ... } } } }
//   GET  /_control/webhooks        → { webhooks } (?taskId=)
//   GET  /_control/newapi/tasks    → { tasks }: New API's own copies (?mjId=), oldest first
// Every path needs the simulator's API key (Authorization: Bearer <key>, TT-API-KEY or mj-api-secret).
import { firstIssue } from "../http/schema-helpers";
import { jsonResponse } from "../http/json-response";
import { readJsonBody } from "../http/read-json-body";
import { requestOrigin } from "../http/request-origin";
import type { SimulatorContext } from "../simulator-context";
import { applyControlPatch } from "./apply-control-patch";
import { controlSchema } from "./control-schema";
import { describeTask } from "./describe-task";

export async function handleControl(ctx: SimulatorContext, request: Request, path: string): Promise<Response> {
  const url = new URL(request.url);
  const origin = requestOrigin(request);
  const get = request.method === "GET";
  if (path === "" || path === "/") {
    if (get) return jsonResponse({ enabled: true, settings: ctx.knobs.settings });
    if (request.method !== "POST") return jsonResponse({ error: "method not allowed" }, 405);
    const body = await readJsonBody(request);
    if (!body.ok) return jsonResponse({ error: "the body must be JSON" }, 400);
    const parsed = controlSchema.safeParse(body.value);
    if (!parsed.success) return jsonResponse({ error: firstIssue(parsed.error) }, 400);
    applyControlPatch(ctx.knobs, parsed.data);
    if (parsed.data.newapi?.pollerMs !== undefined) ctx.newapi.poller.reschedule();
    return jsonResponse({ settings: ctx.knobs.settings });
  }
  if (path === "/reset" && request.method === "POST") {
    const body = await readJsonBody(request);
    ctx.knobs.reset();
    ctx.newapi.poller.reschedule();
    if (body.ok && (body.value as { tasks?: unknown } | null)?.tasks === true) {
      ctx.store.deleteAll();
      ctx.newapi.store.deleteAll();
    }
    return jsonResponse({ settings: ctx.knobs.settings });
  }
  if (!get) return jsonResponse({ error: "not found" }, 404);
  if (path === "/tasks") {
    const limit = Number(url.searchParams.get("limit") ?? "200");
    const rows = ctx.store.list({
      notifyId: url.searchParams.get("notifyId") ?? undefined,
      profile: url.searchParams.get("profile") ?? undefined,
      limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, 1000) : 200,
    });
    return jsonResponse({ tasks: rows.map((row) => describeTask(row, ctx.now(), origin)) });
  }
  const task = /^\/tasks\/([^/]+)(\/mask)?$/.exec(path);
  if (task) {
    const row = ctx.store.get(decodeURIComponent(task[1]));
    if (!row) return jsonResponse({ error: "task not found" }, 404);
    if (!task[2]) return jsonResponse(describeTask(row, ctx.now(), origin));
    const bytes = row.params.mask ? await ctx.files.read(row.params.mask) : null;
    if (!bytes) return jsonResponse({ error: "this task has no mask" }, 404);
    return new Response(new Uint8Array(bytes), { headers: { "content-type": "image/png", "cache-control": "no-store" } });
  }
  if (path === "/newapi/tasks") {
    const mjId = url.searchParams.get("mjId");
    return jsonResponse({ tasks: mjId ? ctx.newapi.store.byMjIds(ctx.newapi.store.keyHashOf(mjId) ?? "", [mjId]) : ctx.newapi.store.all() });
  }
  if (path === "/submits")
    return jsonResponse({ total: ctx.submits.total(), byNotifyId: ctx.submits.countsByNotifyId(), byTaskId: ctx.submits.countsByTaskId() });
  if (path === "/webhooks") {
    const rows = ctx.webhooks.list(url.searchParams.get("taskId") ?? undefined);
    return jsonResponse({ webhooks: rows.map((row) => ({ ...row, body: JSON.parse(row.body) as unknown })) });
  }
  return jsonResponse({ error: "not found" }, 404);
}
