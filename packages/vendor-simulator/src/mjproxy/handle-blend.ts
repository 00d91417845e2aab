// POST /mj/submit/blend – queue a grid blended from 2-5 data-URL images
import { newSeed } from "../engine/create-task";
import { createMjTask, startMjSubmit } from "./create-mj-task";
import { saveInputImages } from "../engine/save-input-images";
import { tileSizeFor } from "../image/aspect-ratio";
import { BLEND_ASPECTS } from "../ttapi/handle-blend";
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
  const tile = tileSizeFor(BLEND_ASPECTS[body.dimensions ?? "SQUARE"]);
  const row = createMjTask(call, body, id, {
    kind: "blend",
    action: "blend",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", tileWidth: tile.width, tileHeight: tile.height, inputs: saved.names },
    mode: speedMode(body, "", "fast", call.pathMode),
  });
  return acceptedOutcome(call, row);
}
