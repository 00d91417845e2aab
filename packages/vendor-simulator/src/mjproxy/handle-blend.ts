// POST /mj/submit/blend – queue a grid blended from 2-5 data-URL images
import { newSeed, newTaskId } from "../engine/create-task";
import { createMjTask } from "./create-mj-task";
import { saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { tileSizeFor } from "../image/aspect-ratio";
import { BLEND_ASPECTS } from "../ttapi/handle-blend";
import { acceptedOutcome, invalidOutcome, speedMode, submitRefusal, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { mjBlendBody } from "./mjproxy-bodies";

export async function handleBlend(call: MjCall): Promise<MjOutcome> {
  const parsed = mjBlendBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const refused = submitRefusal(call, body);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
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
