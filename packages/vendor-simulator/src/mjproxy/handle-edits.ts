// POST /mj/submit/edits and /mj/submit/retexture – Midjourney's editor on an uploaded picture
// (trueai SubmitController.cs:776-915): prompt and image are required ("image或prompt不能为空"),
// image is an http(s) URL or base64. Edits repaints the picture's transparent pixels (or the
// white of maskBase64); a picture with neither is refused here, since nothing could change
// (trueai passes it on to Midjourney unchecked: no public source shows what Midjourney answers).
// Both make a 2×2 grid with U1-U4/V1-V4 like an imagine.
import { newSeed, newTaskId } from "../engine/create-task";
import { saveEditInputs } from "../engine/media-inputs";
import { firstIssue } from "../http/schema-helpers";
import { readModelFamily } from "../text/read-prompt-flags";
import { createMjTask, lateBanFor } from "./create-mj-task";
import { acceptedOutcome, invalidOutcome, speedMode, submitRefusal, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { mjEditsBody } from "./mjproxy-media-bodies";

async function submitEdit(call: MjCall, kind: "edit" | "retexture"): Promise<MjOutcome> {
  const parsed = mjEditsBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const refused = submitRefusal(call, body, body.prompt);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  const saved = await saveEditInputs(ctx, id, kind, body.image, kind === "edit" ? body.maskBase64 : undefined, "image");
  if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, saved.reason);
  const row = createMjTask(call, body, id, {
    kind,
    action: kind,
    prompt: body.prompt,
    params: { seed: newSeed(id), family: readModelFamily(body.prompt), inputs: saved.inputs, mask: saved.mask },
    mode: speedMode(body, body.prompt, "fast", call.pathMode),
    failure: lateBanFor(call, body.prompt),
  });
  return acceptedOutcome(call, row);
}

export const handleEdits = (call: MjCall) => submitEdit(call, "edit");
export const handleRetexture = (call: MjCall) => submitEdit(call, "retexture");
