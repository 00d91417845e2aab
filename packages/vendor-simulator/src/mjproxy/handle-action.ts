// POST /mj/submit/action – press one of a finished task's buttons by its customId
//
// Only customIds the simulator issued for that very task are accepted (the documents: "never
// build them by hand"). Vary (Region) and Custom Zoom open a window in Midjourney: they create
// a task in status MODAL and answer code 21 with its id, like midjourney-proxy's "Waiting for
// window confirm"; /mj/submit/modal then supplies the mask or prompt. Pressing U1..U4 again
// answers 21 "任务已存在" with the existing upscale's id (DataEyes: "use the existing taskId").
import { newSeed, newTaskId } from "../engine/create-task";
import { createMjTask } from "./create-mj-task";
import { planAction } from "../engine/plan-action";
import { stateAt } from "../engine/task-state";
import { firstIssue } from "../http/schema-helpers";
import { acceptedOutcome, errorOutcome, findMjTask, speedMode, submitRefusal, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE, mjResult } from "./mjproxy-envelope";
import { mjActionBody } from "./mjproxy-bodies";
import { buildMjproxyTaskObject } from "./mjproxy-task-object";

const MODAL_ACTIONS = new Set(["inpaint", "custom_zoom"]);

export function handleAction(call: MjCall): MjOutcome {
  const parsed = mjActionBody.safeParse(call.body);
  if (!parsed.success) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const parent = findMjTask(call, body.taskId);
  if (!parent) return errorOutcome(404, MJ_CODE.NOT_FOUND, "关联任务不存在或已失效 (task not found)");
  if (parent.status !== "succeeded" || !parent.result) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, "关联任务状态错误 (the task has not succeeded)");
  const button = parent.result.buttons.find((b) => b.customId === body.customId);
  if (!button) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, "customId 无效: it was not issued for this task");
  const { ctx } = call;
  if (/^upsample[1-4]$/.test(button.action)) {
    const existing = ctx.store.findLiveUpsample(parent.id, button.action);
    if (existing) {
      const object = buildMjproxyTaskObject(existing, stateAt(existing, ctx.now()), call.origin);
      return {
        response: mjResult(MJ_CODE.EXISTED, "任务已存在", existing.id, { status: object.status, imageUrl: object.imageUrl }),
        taskId: existing.id,
        vendorCode: MJ_CODE.EXISTED,
      };
    }
  }
  const refused = submitRefusal(call, body);
  if (refused) return refused;
  const id = newTaskId(ctx, call.profile);
  const plan = planAction(parent, button.action, newSeed(id));
  if (!plan) return errorOutcome(400, MJ_CODE.VALIDATION_ERROR, "customId 无效");
  const modal = MODAL_ACTIONS.has(button.action);
  const row = createMjTask(call, body, id, {
    kind: plan.kind,
    action: button.action,
    parentId: parent.id,
    prompt: plan.prompt,
    params: plan.params,
    mode: speedMode(body, "", parent.mode),
    modal,
  });
  if (modal) {
    return {
      response: mjResult(MJ_CODE.EXISTED, "Waiting for window confirm", row.id, { finalPrompt: row.prompt, remix: true }),
      taskId: row.id,
      vendorCode: MJ_CODE.EXISTED,
    };
  }
  return acceptedOutcome(call, row);
}
