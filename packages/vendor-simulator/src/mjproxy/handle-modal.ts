// POST /mj/submit/modal – give a MODAL task what its window asked for, and run it
//
// Vary (Region) needs maskBase64; the documents say nothing about a data: prefix on it (other
// base64 fields of this protocol carry one, TTAPI's mask must not), so both forms are accepted.
// Custom Zoom needs a prompt with --zoom (1 < z <= 2), as Midjourney's window does.
import { firstIssue } from "../http/schema-helpers";
import { checkMask } from "../image/check-mask";
import { decodeBase64 } from "../image/decode-image-input";
import { findBannedWord } from "../text/banned-words";
import { readZoomFlag } from "../text/read-prompt-flags";
import { acceptedOutcome, errorOutcome, findMjTask, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE, mjResult } from "./mjproxy-envelope";
import { mjModalBody } from "./mjproxy-bodies";

export async function handleModal(call: MjCall): Promise<MjOutcome> {
  const parsed = mjModalBody.safeParse(call.body);
  if (!parsed.success) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const task = findMjTask(call, body.taskId);
  if (!task) return errorOutcome(404, MJ_CODE.NOT_FOUND, "任务不存在 (task not found)");
  if (task.status !== "modal") return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, "任务状态错误: the task is not waiting for a modal");
  const { ctx } = call;
  const prompt = body.prompt?.trim() || task.prompt;
  const banned = body.prompt ? findBannedWord(body.prompt) : null;
  if (banned)
    return {
      response: mjResult(MJ_CODE.BANNED_PROMPT, "可能包含敏感词", null, { promptEn: body.prompt, bannedWord: banned }),
      vendorCode: MJ_CODE.BANNED_PROMPT,
    };
  const params = { ...task.params, needs: undefined };
  if (task.params.needs === "mask") {
    if (!body.maskBase64) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, "maskBase64 is required for Vary (Region)");
    const decoded = decodeBase64(body.maskBase64, "optional");
    if (!decoded.ok) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, `maskBase64 ${decoded.reason}`);
    const parent = task.parentId ? ctx.store.get(task.parentId) : null;
    const mask = await checkMask(decoded.bytes, parent?.result?.width ?? 0, parent?.result?.height ?? 0);
    if (!mask.ok) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, mask.reason);
    params.mask = ctx.files.nameFor(`${task.id}-mask`);
    // Kept byte for byte as received, so tests can compare it with what the studio sent.
    await ctx.files.write(params.mask, decoded.bytes);
  }
  if (task.params.needs === "zoom") {
    const zoom = readZoomFlag(body.prompt ?? "");
    if (zoom === undefined) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, "prompt must contain --zoom with a value above 1 and at most 2");
    params.zoom = zoom;
  }
  const requests = [...task.requests, { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body }];
  if (!ctx.store.completeModal(task.id, prompt, params, requests, ctx.now())) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, "任务状态错误");
  const failure = ctx.knobs.takeTaskFailure();
  if (failure) ctx.store.failAt(task.id, Math.min(failure.atStep, task.steps), failure.reason);
  ctx.scheduler.pump();
  const row = ctx.store.get(task.id);
  return row ? acceptedOutcome(call, row) : errorOutcome(500, MJ_CODE.FAILURE, "task vanished");
}
