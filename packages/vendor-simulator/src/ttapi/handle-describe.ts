// POST /ttapi/midjourney/v1/describe – queue four prompts for an image (base64 data URL or url)
import { createTask, newSeed, newTaskId } from "../engine/create-task";
import { saveInputFromUrl, saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import { ttapiTimeoutMs, type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiDescribeBody } from "./ttapi-bodies";

export async function handleDescribe(call: TtapiCall): Promise<SubmitOutcome> {
  const parsed = ttapiDescribeBody.safeParse(call.body);
  const fail = (code: number, message: string): SubmitOutcome => ({ response: ttapiFailure(code, message), vendorCode: code });
  if (!parsed.success) return fail(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error));
  const body = parsed.data;
  const { ctx } = call;
  if (ctx.store.count("queued", call.keyHash) >= ctx.options.maxQueued) return fail(TTAPI_ERROR.TOO_FREQUENT, "Too many jobs in the queue, please slow down.");
  const id = newTaskId(ctx, "ttapi");
  // "If both are given, base64 wins", and base64 must carry the data: prefix.
  const saved = body.base64
    ? await saveInputImages(ctx.files, id, [body.base64], "required")
    : await saveInputFromUrl(ctx.files, id, body.url ?? "", ctx.options.allowLoopbackUrls);
  if (!saved.ok) return fail(TTAPI_ERROR.PARAMETER, `${body.base64 ? "base64" : "url"} ${saved.reason.replace(/^\[0\] /, "")}`);
  const row = createTask(ctx, {
    id,
    profile: "ttapi",
    keyHash: call.keyHash,
    kind: "describe",
    action: "describe",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", inputs: saved.names },
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: body.hookUrl,
    notifyId: body.notify_id,
    mode: body.mode ?? "fast",
    origin: call.origin,
    timeoutMs: ttapiTimeoutMs(body.timeout, body.mode),
  });
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
