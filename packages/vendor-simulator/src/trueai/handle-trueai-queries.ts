// trueai's task queries (TaskController.cs):
// - GET /mj/task/{id}/fetch returns `_freeSql.Get<TaskInfo>(id)`: an unknown id is a null
//   result, which ASP.NET answers with HTTP 204 and an empty body (TaskController.cs:75-79).
// - POST /mj/task/list-by-condition (and list-by-ids): no ids → []; unknown ids are left out (:189-207).
// - GET /mj/task/{id}/image-seed: unknown → HTTP 404 code 3; no message hash yet → HTTP 400
//   code 4; else {code: 1, description: "成功", result: "<seed>"} (:132-160).
// - POST /mj/task/{id}/cancel: an unfinished task fails with "取消任务"; the answer is an empty
//   HTTP 200 whatever the id (:86-125).
import { cancelTask } from "../engine/cancel-task";
import { stateAt } from "../engine/task-state";
import { jsonResponse } from "../http/json-response";
import { findMjTask, type MjCall } from "../mjproxy/mjproxy-call";
import { MJ_CODE, mjError, mjResult } from "../mjproxy/mjproxy-envelope";
import type { TaskRow } from "../store/task-types";
import { buildTrueaiTaskObject } from "./trueai-task-object";

/**
 * Where a task's pictures are served: the CDN origin when one is set, else the origin of the
 * request. Behind New API the request is New API's own (its poller has none), so the upstream
 * uses the origin the task was submitted through.
 */
export function trueaiImageOrigin(call: MjCall, row?: TaskRow): string {
  return call.ctx.options.trueai.cdnOrigin ?? (call.profile === "newapi" && row ? row.origin : call.origin);
}

export function handleTrueaiFetch(call: MjCall, id: string): Response {
  call.ctx.scheduler.pump();
  const row = findMjTask(call, id);
  if (!row) return new Response(null, { status: 204 });
  return jsonResponse(buildTrueaiTaskObject(row, stateAt(row, call.ctx.now()), trueaiImageOrigin(call, row)));
}

export function handleTrueaiList(call: MjCall): Response {
  const ids = (call.body as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids) || ids.length === 0) return jsonResponse([]);
  call.ctx.scheduler.pump();
  const now = call.ctx.now();
  const wanted = ids
    .filter((id): id is string => typeof id === "string")
    .map((id) => id.trim())
    .filter(Boolean);
  const objects = wanted.flatMap((id) => {
    const row = findMjTask(call, id);
    return row ? [buildTrueaiTaskObject(row, stateAt(row, now), trueaiImageOrigin(call, row))] : [];
  });
  return jsonResponse(objects);
}

export function handleTrueaiImageSeed(call: MjCall, id: string): Response {
  call.ctx.scheduler.pump();
  const row = findMjTask(call, id);
  if (!row) return mjError(404, MJ_CODE.NOT_FOUND, "关联任务不存在或已失效");
  if (row.status !== "succeeded" || !row.result) return mjError(400, MJ_CODE.VALIDATION_ERROR, "关联任务状态错误");
  return mjResult(MJ_CODE.SUCCESS, "成功", row.result.seed);
}

export function handleTrueaiCancel(call: MjCall, id: string): Response {
  call.ctx.scheduler.pump();
  if (findMjTask(call, id)) cancelTask(call.ctx, id, "取消任务");
  return new Response(null, { status: 200 });
}
