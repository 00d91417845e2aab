// POST /ttapi/midjourney/v1/describe – queue four prompts for an image (base64 data URL or url)
import { newSeed } from "../engine/create-task";
import { createTtapiTask, startTtapiSubmit, ttapiRefusal } from "./create-ttapi-task";
import { saveInputFromUrl, saveInputImages } from "../engine/save-input-images";
import { TTAPI_ERROR, ttapiSuccess } from "./ttapi-envelope";
import { type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiDescribeBody } from "./ttapi-bodies";

export async function handleDescribe(call: TtapiCall): Promise<SubmitOutcome> {
  const start = startTtapiSubmit(call, ttapiDescribeBody);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const { ctx } = call;
  // "If both are given, base64 wins", and base64 must carry the data: prefix.
  const saved = body.base64
    ? await saveInputImages(ctx.files, id, [body.base64], "required")
    : await saveInputFromUrl(ctx.files, id, body.url ?? "", ctx.options.fetchPolicy);
  if (!saved.ok) return ttapiRefusal(TTAPI_ERROR.PARAMETER, `${body.base64 ? "base64" : "url"} ${saved.reason.replace(/^\[0\] /, "")}`);
  const row = createTtapiTask(call, body, id, {
    kind: "describe",
    action: "describe",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", inputs: saved.names },
  });
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
