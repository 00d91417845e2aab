// POST /ttapi/midjourney/v1/blend – queue a grid blended from 2-5 images (data URLs)
import { createTask, newSeed, newTaskId } from "../engine/create-task";
import { firstIssue } from "../http/schema-helpers";
import { tileSizeFor } from "../image/aspect-ratio";
import { saveInputImages } from "../engine/save-input-images";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import { ttapiTimeoutMs, type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiBlendBody } from "./ttapi-bodies";

export const BLEND_ASPECTS = { PORTRAIT: { w: 2, h: 3 }, SQUARE: { w: 1, h: 1 }, LANDSCAPE: { w: 3, h: 2 } } as const;

export async function handleBlend(call: TtapiCall): Promise<SubmitOutcome> {
  const parsed = ttapiBlendBody.safeParse(call.body);
  const fail = (code: number, message: string): SubmitOutcome => ({ response: ttapiFailure(code, message), vendorCode: code });
  if (!parsed.success) return fail(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error));
  const body = parsed.data;
  const { ctx } = call;
  if (ctx.store.count("queued", call.keyHash) >= ctx.options.maxQueued) return fail(TTAPI_ERROR.TOO_FREQUENT, "Too many jobs in the queue, please slow down.");
  const id = newTaskId(ctx, "ttapi");
  // The documents require the data:image/...;base64, prefix on every blend image.
  const saved = await saveInputImages(ctx.files, id, body.imgBase64Array, "required");
  if (!saved.ok) return fail(TTAPI_ERROR.PARAMETER, `imgBase64Array ${saved.reason}`);
  const tile = tileSizeFor(BLEND_ASPECTS[body.dimensions ?? "SQUARE"]);
  const row = createTask(ctx, {
    id,
    profile: "ttapi",
    keyHash: call.keyHash,
    kind: "blend",
    action: "blend",
    prompt: "",
    params: { seed: newSeed(id), family: "v6", tileWidth: tile.width, tileHeight: tile.height, inputs: saved.names },
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: body.hookUrl,
    notifyId: body.notify_id,
    mode: body.mode ?? "fast",
    origin: call.origin,
    getUImages: body.getUImages,
    timeoutMs: ttapiTimeoutMs(body.timeout, body.mode),
  });
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
