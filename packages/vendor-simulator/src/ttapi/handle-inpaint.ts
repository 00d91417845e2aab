// POST /ttapi/midjourney/v1/inpaint – Vary (Region) on an upscaled job with a black/white mask
//
// The mask is plain base64 WITHOUT a data: prefix (the documents stress it), the same size as
// the upscaled image, pure black (keep) and white (repaint), and must mark something.
import { newSeed, newTaskId } from "../engine/create-task";
import { createTtapiTask, ttapiQueueFull } from "./create-ttapi-task";
import { planAction } from "../engine/plan-action";
import { firstIssue } from "../http/schema-helpers";
import { checkMask } from "../image/check-mask";
import { decodeBase64 } from "../image/decode-image-input";
import { findBannedWord } from "../text/banned-words";
import { findTtapiJob } from "./find-ttapi-job";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import { type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiInpaintBody } from "./ttapi-bodies";

export async function handleInpaint(call: TtapiCall): Promise<SubmitOutcome> {
  const parsed = ttapiInpaintBody.safeParse(call.body);
  const fail = (code: number | null, message: string): SubmitOutcome => ({ response: ttapiFailure(code, message), vendorCode: code ?? "failed" });
  if (!parsed.success) return fail(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error));
  const body = parsed.data;
  const parent = findTtapiJob(call, body.jobId);
  if (!parent) return fail(TTAPI_ERROR.JOB_NOT_FOUND, `job ${body.jobId} does not exist`);
  if (parent.status !== "succeeded" || !parent.result?.image) return fail(TTAPI_ERROR.PARAMETER, "the job has not finished successfully");
  if (!parent.result.actions.includes("inpaint")) return fail(TTAPI_ERROR.PARAMETER, "inpaint needs an upscaled job (U1-U4)");
  const decoded = decodeBase64(body.mask, "forbidden");
  if (!decoded.ok) return fail(TTAPI_ERROR.PARAMETER, `mask ${decoded.reason}`);
  const mask = await checkMask(decoded.bytes, parent.result.width ?? 0, parent.result.height ?? 0);
  if (!mask.ok) return fail(TTAPI_ERROR.PARAMETER, mask.reason);
  const banned = body.prompt ? findBannedWord(body.prompt) : null;
  if (banned) return fail(null, `banned prompt words: ${banned}`);
  const { ctx } = call;
  const full = ttapiQueueFull(call);
  if (full) return full;
  const id = newTaskId(ctx, "ttapi");
  const plan = planAction(parent, "inpaint", newSeed(id));
  if (!plan) return fail(TTAPI_ERROR.SYSTEM, "inpaint is not available");
  // Kept byte for byte as received, so tests can compare it with what the studio sent.
  const maskName = ctx.files.nameFor(`${id}-mask`);
  await ctx.files.write(maskName, decoded.bytes);
  const row = createTtapiTask(
    call,
    body,
    id,
    {
      kind: "inpaint",
      action: "inpaint",
      parentId: parent.id,
      prompt: body.prompt?.trim() || parent.prompt,
      params: { ...plan.params, mask: maskName, needs: undefined },
    },
    parent.mode,
  );
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
