// GET /mj/task/{id}/image-seed – the seed of a finished task's picture
import { findMjTask, type MjCall } from "./mjproxy-call";
import { MJ_CODE, mjError, mjResult } from "./mjproxy-envelope";

export function handleImageSeed(call: MjCall, id: string): Response {
  call.ctx.scheduler.pump();
  const row = findMjTask(call, id);
  if (!row) return mjError(404, MJ_CODE.NOT_FOUND, "任务不存在 (task not found)");
  if (row.status !== "succeeded" || !row.result?.image) return mjError(400, MJ_CODE.VALIDATION_ERROR, "任务状态错误: the task has no finished image");
  return mjResult(MJ_CODE.SUCCESS, "成功", row.result.seed);
}
