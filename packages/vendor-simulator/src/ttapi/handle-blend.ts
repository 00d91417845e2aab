// POST /ttapi/midjourney/v1/blend – queue a grid blended from 2-5 images (data URLs)
import { blendTaskFields } from "../engine/blend-task";
import { createTtapiTask, startTtapiSubmit, ttapiRefusal } from "./create-ttapi-task";
import { saveInputImages } from "../engine/save-input-images";
import { TTAPI_ERROR, ttapiSuccess } from "./ttapi-envelope";
import { type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiBlendBody } from "./ttapi-bodies";

export async function handleBlend(call: TtapiCall): Promise<SubmitOutcome> {
  const start = startTtapiSubmit(call, ttapiBlendBody);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const { ctx } = call;
  // The documents require the data:image/...;base64, prefix on every blend image.
  const saved = await saveInputImages(ctx.files, id, body.imgBase64Array, "required");
  if (!saved.ok) return ttapiRefusal(TTAPI_ERROR.PARAMETER, `imgBase64Array ${saved.reason}`);
  const row = createTtapiTask(call, body, id, blendTaskFields(id, saved.names, body.dimensions));
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
