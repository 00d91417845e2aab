// POST /mj/submit/blend – queue a grid blended from 2-5 data-URL images
import { blendTaskFields } from "../engine/blend-task";
import { createMjTask, startMjSubmit } from "./create-mj-task";
import { saveInputImages } from "../engine/save-input-images";
import { acceptedOutcome, invalidOutcome, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { mjBlendBody } from "./mjproxy-bodies";

export async function handleBlend(call: MjCall): Promise<MjOutcome> {
  const start = startMjSubmit(call, mjBlendBody);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const { ctx } = call;
  const saved = await saveInputImages(ctx.files, id, body.base64Array, "required");
  if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `base64Array ${saved.reason}`);
  const row = createMjTask(call, body, id, {
    ...blendTaskFields(id, saved.names, body.dimensions),
    mode: speedMode(body, "", "fast", call.pathMode),
  });
  return acceptedOutcome(call, row);
}
