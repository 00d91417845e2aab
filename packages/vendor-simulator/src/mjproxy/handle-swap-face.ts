// POST /mj/insight-face/swap – queue a face swap of two data-URL images
import { newSeed, newTaskId } from "../engine/create-task";
import { createMjTask } from "./create-mj-task";
import { saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { acceptedOutcome, invalidOutcome, queueFullOutcome, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { mjSwapFaceBody } from "./mjproxy-bodies";

export async function handleSwapFace(call: MjCall): Promise<MjOutcome> {
  const parsed = mjSwapFaceBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const full = queueFullOutcome(call);
  if (full) return full;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  // The documents' example sends data URLs; plain base64 is accepted too.
  const saved = await saveInputImages(ctx.files, id, [body.sourceBase64, body.targetBase64], "optional");
  if (!saved.ok)
    return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `${saved.reason.startsWith("[0]") ? "sourceBase64" : "targetBase64"} ${saved.reason.slice(4)}`);
  const row = createMjTask(call, body, id, {
    kind: "swap_face",
    action: "swap_face",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", inputs: saved.names },
  });
  return acceptedOutcome(call, row);
}
