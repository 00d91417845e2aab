// GET /mj/task/{id}/fetch and POST /mj/task/list-by-condition – task objects by id
import { stateAt } from "../engine/task-state";
import { firstIssue } from "../http/schema-helpers";
import { jsonResponse } from "../http/json-response";
import { findMjTask, type MjCall } from "./mjproxy-call";
import { MJ_CODE, mjError } from "./mjproxy-envelope";
import { mjListBody } from "./mjproxy-bodies";
import { buildMjproxyTaskObject } from "./mjproxy-task-object";

export function handleFetch(call: MjCall, id: string): Response {
  call.ctx.scheduler.pump();
  const row = findMjTask(call, id);
  if (!row) return mjError(404, MJ_CODE.NOT_FOUND, "任务不存在 (task not found)");
  return jsonResponse(buildMjproxyTaskObject(row, stateAt(row, call.ctx.now()), call.origin));
}

/** Unknown ids are left out of the answer rather than failing the whole list. */
export function handleListByCondition(call: MjCall): Response {
  const parsed = mjListBody.safeParse(call.body);
  if (!parsed.success) return mjError(400, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  call.ctx.scheduler.pump();
  const now = call.ctx.now();
  const objects = parsed.data.ids.flatMap((id) => {
    const row = findMjTask(call, id);
    return row ? [buildMjproxyTaskObject(row, stateAt(row, now), call.origin)] : [];
  });
  return jsonResponse(objects);
}
