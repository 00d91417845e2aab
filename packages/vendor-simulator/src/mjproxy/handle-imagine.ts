// POST /mj/submit/imagine – queue a new grid from a prompt (and optional image prompts)
import { newSeed, newTaskId } from "../engine/create-task";
import { createMjTask } from "./create-mj-task";
import { lateBan } from "../engine/late-ban";
import { saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { aspectFromPrompt, tileSizeFor } from "../image/aspect-ratio";
import { readModelFamily, readSeedFlag } from "../text/read-prompt-flags";
import { acceptedOutcome, invalidOutcome, speedMode, submitRefusal, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { rulesFor } from "./mjproxy-rules";
import { mjImagineBody } from "./mjproxy-bodies";

export async function handleImagine(call: MjCall): Promise<MjOutcome> {
  const parsed = mjImagineBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const rules = rulesFor(call.profile);
  const refused = submitRefusal(call, body, body.prompt);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
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
    failure: rules.bannedAtSubmit ? undefined : lateBan(body.prompt),
  });
  return acceptedOutcome(call, row);
}
