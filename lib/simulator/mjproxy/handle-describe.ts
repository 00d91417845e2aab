// POST /mj/submit/describe – queue four prompts for a data-URL image
import { createTask, newSeed, newTaskId } from "../engine/create-task";
import { saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { acceptedOutcome, noAccountOutcome, hookFor, queueIsFull, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE, mjError, mjResult } from "./mjproxy-envelope";
import { describeSchema } from "./mjproxy-schemas";

export async function handleDescribe(call: MjCall): Promise<MjOutcome> {
  const parsed = describeSchema.safeParse(call.body);
  if (!parsed.success) return { response: mjError(400, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error)), vendorCode: MJ_CODE.VALIDATION_ERROR };
  const body = parsed.data;
  const noAccount = noAccountOutcome(body);
  if (noAccount) return noAccount;
  if (queueIsFull(call)) return { response: mjResult(MJ_CODE.QUEUE_REJECTED, "队列已满，请稍后尝试", null), vendorCode: MJ_CODE.QUEUE_REJECTED };
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  const saved = await saveInputImages(ctx.files, id, [body.base64], "required");
  if (!saved.ok) return { response: mjError(400, MJ_CODE.VALIDATION_ERROR, `base64 ${saved.reason.replace(/^\[0\] /, "")}`), vendorCode: MJ_CODE.VALIDATION_ERROR };
  const row = createTask(ctx, {
    id,
    profile: call.profile,
    keyHash: call.keyHash,
    kind: "describe",
    action: "describe",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", inputs: saved.names },
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: hookFor(call, body),
    notifyId: body.state,
    mode: speedMode(body, ""),
    origin: call.origin,
  });
  return acceptedOutcome(call, row);
}
