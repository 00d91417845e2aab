// POST /ttapi/midjourney/image-edits/submit (issue 14): Midjourney's editor on an external
// picture. type "edit" repaints the picture's transparent area ("the area to edit must be
// transparent"), "retexture" recolours the whole picture. The grid takes the allowed ratio
// nearest to the picture's (1:1 1:2 2:1 2:3 3:2 3:4 4:3 9:16 16:9). Answer: data.job_id.
import { newSeed } from "../engine/create-task";
import { saveEditInputs } from "../engine/media-inputs";
import { findBannedWord } from "../text/banned-words";
import { readModelFamily } from "../text/read-prompt-flags";
import { createTtapiTask, startTtapiSubmit, ttapiRefusal } from "./create-ttapi-task";
import type { SubmitOutcome, TtapiCall } from "./ttapi-call";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import { ttapiImageEditsBody } from "./ttapi-media-bodies";

export async function handleImageEditsSubmit(call: TtapiCall): Promise<SubmitOutcome> {
  const start = startTtapiSubmit(call, ttapiImageEditsBody);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const word = findBannedWord(body.prompt);
  if (word) return { response: ttapiFailure(null, `banned prompt words: ${word}`), vendorCode: "banned" };
  const saved = await saveEditInputs(call.ctx, id, body.type, body.image, undefined, "image");
  if (!saved.ok) return ttapiRefusal(TTAPI_ERROR.PARAMETER, saved.reason);
  const row = createTtapiTask(call, body, id, {
    kind: body.type,
    action: body.type,
    prompt: body.prompt,
    params: { seed: newSeed(id), family: readModelFamily(body.prompt), inputs: saved.inputs, mask: saved.mask },
  });
  return { response: ttapiSuccess({ job_id: row.id }, "success"), taskId: row.id };
}
