// POST /ttapi/midjourney/v1/blend – queue a grid blended from 2-5 images (data URLs)
import { newSeed } from "../engine/create-task";
import { createTtapiTask, startTtapiSubmit, ttapiRefusal } from "./create-ttapi-task";
import { tileSizeFor } from "../image/aspect-ratio";
import { saveInputImages } from "../engine/save-input-images";
import { TTAPI_ERROR, ttapiSuccess } from "./ttapi-envelope";
import { type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiBlendBody } from "./ttapi-bodies";

export const BLEND_ASPECTS = { PORTRAIT: { w: 2, h: 3 }, SQUARE: { w: 1, h: 1 }, LANDSCAPE: { w: 3, h: 2 } } as const;

export async function handleBlend(call: TtapiCall): Promise<SubmitOutcome> {
  const start = startTtapiSubmit(call, ttapiBlendBody);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const { ctx } = call;
  // The documents require the data:image/...;base64, prefix on every blend image.
  const saved = await saveInputImages(ctx.files, id, body.imgBase64Array, "required");
  if (!saved.ok) return ttapiRefusal(TTAPI_ERROR.PARAMETER, `imgBase64Array ${saved.reason}`);
  const tile = tileSizeFor(BLEND_ASPECTS[body.dimensions ?? "SQUARE"]);
  const row = createTtapiTask(call, body, id, {
    kind: "blend",
    action: "blend",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", tileWidth: tile.width, tileHeight: tile.height, inputs: saved.names },
  });
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
