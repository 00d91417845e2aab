// POST /mj/submit/describe – queue four prompts for a data-URL image (trueai also takes a `link`)
import { newSeed } from "../engine/create-task";
import { createMjTask, startMjSubmit } from "./create-mj-task";
import { saveInputFromUrl, saveInputImages, type SavedInputs } from "../engine/save-input-images";
import { acceptedOutcome, invalidOutcome, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { mjDescribeBody, trueaiDescribeBody, type MjCommon } from "./mjproxy-bodies";

const TRUEAI_LIKE = new Set(["trueai", "newapi"]);

export async function handleDescribe(call: MjCall): Promise<MjOutcome> {
  // trueai: `{base64 | link}`; a link must look like http(s)://... (SubmitController.cs:283-293).
  const start = startMjSubmit(call, TRUEAI_LIKE.has(call.profile) ? trueaiDescribeBody : mjDescribeBody);
  if ("refused" in start) return start.refused;
  const body: { base64?: string; link?: string } & MjCommon = start.body;
  const { id } = start;
  const { ctx } = call;
  let saved: SavedInputs;
  if (body.base64) {
    saved = await saveInputImages(ctx.files, id, [body.base64], "required");
    if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `base64 ${saved.reason.replace(/^\[0\] /, "")}`);
  } else {
    saved = await saveInputFromUrl(ctx.files, id, body.link ?? "", ctx.options.fetchPolicy);
    if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `link ${saved.reason}`);
  }
  const row = createMjTask(call, body, id, {
    kind: "describe",
    action: "describe",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", inputs: saved.names },
    mode: speedMode(body, "", "fast", call.pathMode),
  });
  return acceptedOutcome(call, row);
}
