// POST /ttapi/midjourney/v1/describe – queue four prompts for an image (base64 data URL or url)
import { newSeed, newTaskId } from "../engine/create-task";
import { createTtapiTask, ttapiQueueFull, ttapiRefusal } from "./create-ttapi-task";
import { saveInputFromUrl, saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { TTAPI_ERROR, ttapiSuccess } from "./ttapi-envelope";
import { type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiDescribeBody } from "./ttapi-bodies";

export async function handleDescribe(call: TtapiCall): Promise<SubmitOutcome> {
  const parsed = ttapiDescribeBody.safeParse(call.body);
  if (!parsed.success) return ttapiRefusal(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error));
  const body = parsed.data;
  const { ctx } = call;
  const full = ttapiQueueFull(call);
  if (full) return full;
  const id = newTaskId(ctx, "ttapi");
  // "If both are given, base64 wins", and base64 must carry the data: prefix.
  const saved = body.base64
    ? await saveInputImages(ctx.files, id, [body.base64], "required")
    : await saveInputFromUrl(ctx.files, id, body.url ?? "", ctx.options.allowLoopbackUrls);
  if (!saved.ok) return ttapiRefusal(TTAPI_ERROR.PARAMETER, `${body.base64 ? "base64" : "url"} ${saved.reason.replace(/^\[0\] /, "")}`);
  const row = createTtapiTask(call, body, id, {
    kind: "describe",
    action: "describe",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", inputs: saved.names },
  });
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
