// POST /mj/submit/modal on trueai (SubmitController.cs:700-773, TaskService.cs:2052-2090)
//
// - A blank prompt falls back to the parent's prompt, then to its finalPrompt; both empty:
//   code 4 "prompt不能为空" (SubmitController.cs:714-737).
// - The task's status is not checked: a modal for a task that no longer waits in MODAL is queued
//   and then skipped by the worker (DiscordService.cs:1927), so it answers code 1 and changes nothing.
// - maskBase64 is not validated by trueai; only the literal "data:image/png;base64," prefix is
//   stripped (DiscordService.cs:3568), so both forms work. The simulator still needs a mask it
//   can draw with, and a --zoom for Custom Zoom, and refuses with code 4 otherwise.
// - The answer is code 1, or 22 when the task has to queue, with the same task id.
import { lateBan } from "../engine/late-ban";
import { checkMask } from "../image/check-mask";
import { decodeBase64 } from "../image/decode-image-input";
import { acceptedOutcome, findMjTask, invalidOutcome, type MjCall, type MjOutcome } from "../mjproxy/mjproxy-call";
import { MJ_CODE, mjError, mjResult } from "../mjproxy/mjproxy-envelope";
import { mjModalBody } from "../mjproxy/mjproxy-bodies";
import { readZoomFlag } from "../text/read-prompt-flags";
import { trueaiFinalPrompt } from "./trueai-task-object";

export async function handleTrueaiModal(call: MjCall): Promise<MjOutcome> {
  const parsed = mjModalBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "参数错误");
  const body = parsed.data;
  const { ctx } = call;
  const task = findMjTask(call, body.taskId);
  if (!task) return { response: mjError(404, MJ_CODE.NOT_FOUND, "关联任务不存在或已失效"), vendorCode: MJ_CODE.NOT_FOUND };
  const parent = task.parentId ? ctx.store.get(task.parentId) : null;
  let prompt = body.prompt?.trim() ?? "";
  if (!prompt && parent) prompt = parent.prompt.trim() || trueaiFinalPrompt(parent).trim();
  if (!prompt) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "prompt不能为空");
  if (task.status !== "modal") return { response: mjResult(MJ_CODE.SUCCESS, "提交成功", task.id), taskId: task.id, vendorCode: MJ_CODE.SUCCESS };
  const params = { ...task.params, needs: undefined };
  if (task.params.needs === "mask") {
    if (!body.maskBase64) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "maskBase64 is required for Vary (Region)");
    const decoded = decodeBase64(body.maskBase64, "optional");
    if (!decoded.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `maskBase64 ${decoded.reason}`);
    const mask = await checkMask(decoded.bytes, parent?.result?.width ?? 0, parent?.result?.height ?? 0);
    if (!mask.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, mask.reason);
    params.mask = ctx.files.nameFor(`${task.id}-mask`);
    // Kept byte for byte as received, so tests can compare it with what the studio sent.
    await ctx.files.write(params.mask, decoded.bytes);
  }
  if (task.params.needs === "zoom") {
    const zoom = readZoomFlag(prompt);
    if (zoom === undefined) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "prompt must contain --zoom with a value above 1 and at most 2");
    params.zoom = zoom;
  }
  const requests = [...task.requests, { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body }];
  if (!ctx.store.completeModal(task.id, prompt, params, requests, ctx.now()))
    return { response: mjResult(MJ_CODE.SUCCESS, "提交成功", task.id), taskId: task.id, vendorCode: MJ_CODE.SUCCESS };
  // The worker checks the (remixed) prompt for banned words when it takes the task.
  const failure = lateBan(prompt) ?? ctx.knobs.takeTaskFailure() ?? undefined;
  if (failure) ctx.store.failAt(task.id, Math.min(failure.atStep, task.steps), failure.reason);
  ctx.scheduler.pump();
  const row = ctx.store.get(task.id);
  return row ? acceptedOutcome(call, row) : invalidOutcome(call, MJ_CODE.FAILURE, "task vanished");
}
