// POST /mj/submit/imagine – queue a new grid from a prompt (and optional image prompts)
import { newSeed } from "../engine/create-task";
import { createMjTask, lateBanFor, startMjSubmit } from "./create-mj-task";
import { saveInputImages } from "../engine/save-input-images";
import { aspectFromPrompt, tileSizeFor } from "../image/aspect-ratio";
import { readModelFamily, readSeedFlag } from "../text/read-prompt-flags";
import { acceptedOutcome, invalidOutcome, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { mjImagineBody } from "./mjproxy-bodies";

export async function handleImagine(call: MjCall): Promise<MjOutcome> {
  const start = startMjSubmit(call, mjImagineBody, (body) => body.prompt);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const { ctx } = call;
  // Image prompts must be complete data URLs ("包含 MIME 类型前缀").
  const saved = body.base64Array?.length ? await saveInputImages(ctx.files, id, body.base64Array, "required") : { ok: true as const, names: [] };
  if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `base64Array ${saved.reason}`);
  const tile = tileSizeFor(aspectFromPrompt(body.prompt));
  const row = createMjTask(call, body, id, {
    kind: "imagine",
    action: "imagine",
    prompt: body.prompt,
    params: {
      seed: readSeedFlag(body.prompt) ?? newSeed(id),
      family: readModelFamily(body.prompt),
      tileWidth: tile.width,
      tileHeight: tile.height,
      ...(saved.names.length ? { inputs: saved.names } : {}),
    },
    mode: speedMode(body, body.prompt, "fast", call.pathMode),
    failure: lateBanFor(call, body.prompt),
  });
  return acceptedOutcome(call, row);
}
