// POST /mj/submit/action on trueai (SubmitController.cs:435-693, TaskService.cs:1506-2043)
//
// - Unknown parent: HTTP 404 code 3; parent not SUCCESS or an unknown button: HTTP 200 code 4.
// - Vary (Region) and Custom Zoom are saved as MODAL before the answer, which is code 21
//   "Waiting for window confirm" with properties {finalPrompt, remix: true}; Vary (Region)
//   empties the prompt (TaskService.cs:1696-1719).
// - With Remix on, V1-V4, Vary (Subtle/Strong), pans and reroll answer the same way and wait in
//   MODAL for /mj/submit/modal (TaskService.cs:1965-2011). A describe's prompt buttons always do.
// - Pressing U1 twice makes two upscales: trueai has no "task exists" answer for it.
// - ❤️ (MJ::BOOKMARK) answers code 1 with the parent's id and makes no task (TaskService.cs:1757-1774).
// - Shorten's PromptAnalyzer buttons match no branch of SubmitController.Action: "未知的 Action 类型".
// - Animate (High/Low motion) on an upscale and Extend on a video make a VIDEO task
//   (SubmitController.cs:666-671); U1-U4 of a video pick one clip (UPSCALE, :539-556).
import { newSeed, newTaskId } from "../engine/create-task";
import { createMjTask } from "../mjproxy/create-mj-task";
import { planAction } from "../engine/plan-action";
import { firstIssue } from "../http/schema-helpers";
import { acceptedOutcome, findMjTask, invalidOutcome, submitRefusal, type MjCall, type MjOutcome } from "../mjproxy/mjproxy-call";
import { MJ_CODE, mjError, mjResult } from "../mjproxy/mjproxy-envelope";
import { mjActionBody } from "../mjproxy/mjproxy-bodies";
import { modalNeeds, parksInModal, withoutSpeedFlags } from "./remix-mode";
import { trueaiFinalPrompt } from "./trueai-task-object";

export function handleTrueaiAction(call: MjCall): MjOutcome {
  const parsed = mjActionBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `参数错误: ${firstIssue(parsed.error)}`);
  const body = parsed.data;
  const { ctx } = call;
  const parent = findMjTask(call, body.taskId);
  if (!parent) return { response: mjError(404, MJ_CODE.NOT_FOUND, "关联任务不存在或已失效"), vendorCode: MJ_CODE.NOT_FOUND };
  if (parent.status !== "succeeded" || !parent.result) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "关联任务状态错误");
  const button = parent.result.buttons.find((b) => b.customId === body.customId);
  if (!button || button.action.startsWith("prompt_analyzer_")) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "未知的 Action 类型");
  if (button.action === "bookmark") return { response: mjResult(MJ_CODE.SUCCESS, "成功", parent.id), vendorCode: MJ_CODE.SUCCESS };
  const refused = submitRefusal(call, body);
  if (refused) return refused;
  const id = newTaskId(ctx, call.profile);
  const plan = planAction(parent, button.action, newSeed(id));
  if (!plan) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "未知的 Action 类型");
  const modal = parksInModal(button.action, ctx.knobs.settings.trueai.remix);
  const prompt = button.action === "inpaint" ? "" : plan.prompt;
  const row = createMjTask(call, body, id, {
    kind: plan.kind,
    action: button.action,
    parentId: parent.id,
    prompt,
    params: modal ? { ...plan.params, needs: modalNeeds(button.action) } : plan.params,
    // Follow-ups run at the parent's speed: trueai applies no path prefix or filter to them.
    mode: parent.mode,
    modal,
  });
  if (!modal) return acceptedOutcome(call, row);
  // finalPrompt: what the window shows: the parent's final prompt without its speed flag
  // (TaskService.cs:1532), empty for Vary (Region), the chosen prompt for a describe button.
  const finalPrompt =
    button.action === "inpaint" ? "" : button.action.startsWith("pic_reader_") ? prompt : withoutSpeedFlags(trueaiFinalPrompt(parent)) || parent.prompt;
  return {
    response: mjResult(MJ_CODE.EXISTED, "Waiting for window confirm", row.id, { finalPrompt, remix: true }),
    taskId: row.id,
    vendorCode: MJ_CODE.EXISTED,
  };
}
