// POST /mj/submit/blend – queue a grid blended from 2-5 data-URL images
import { createTask, newSeed, newTaskId } from "../engine/create-task";
import { saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { tileSizeFor } from "../image/aspect-ratio";
import { BLEND_ASPECTS } from "../ttapi/handle-blend";
import { acceptedOutcome, hookFor, invalidOutcome, noAccountOutcome, queueFullOutcome, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { mjBlendBody } from "./mjproxy-bodies";

export async function handleBlend(call: MjCall): Promise<MjOutcome> {
  const parsed = mjBlendBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const refused = noAccountOutcome(call, body) ?? queueFullOutcome(call);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  const saved = await saveInputImages(ctx.files, id, body.base64Array, "required");
  if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `base64Array ${saved.reason}`);
  const tile = tileSizeFor(BLEND_ASPECTS[body.dimensions ?? "SQUARE"]);
  const row = createTask(ctx, {
    id,
    profile: call.profile,
    keyHash: call.keyHash,
    kind: "blend",
    action: "blend",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", tileWidth: tile.width, tileHeight: tile.height, inputs: saved.names },
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: hookFor(call, body),
    notifyId: body.state,
    mode: speedMode(body, "", "fast", call.pathMode),
    origin: call.origin,
  });
  return acceptedOutcome(call, row);
}
