// POST /mj/submit/imagine – queue a new grid from a prompt (and optional image prompts)
import { createTask, newSeed, newTaskId } from "../engine/create-task";
import { lateBan } from "../engine/late-ban";
import { saveInputImages } from "../engine/save-input-images";
import { firstIssue } from "../http/schema-helpers";
import { aspectFromPrompt, tileSizeFor } from "../image/aspect-ratio";
import { findBannedWord } from "../text/banned-words";
import { readModelFamily, readSeedFlag } from "../text/read-prompt-flags";
import { acceptedOutcome, hookFor, invalidOutcome, noAccountOutcome, queueFullOutcome, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE, mjResult } from "./mjproxy-envelope";
import { rulesFor } from "./mjproxy-rules";
import { mjImagineBody } from "./mjproxy-bodies";

export async function handleImagine(call: MjCall): Promise<MjOutcome> {
  const parsed = mjImagineBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const rules = rulesFor(call.profile);
  const banned = rules.bannedAtSubmit ? findBannedWord(body.prompt) : null;
  if (banned) {
    return {
      response: mjResult(MJ_CODE.BANNED_PROMPT, "可能包含敏感词", null, { promptEn: body.prompt, bannedWord: banned }),
      vendorCode: MJ_CODE.BANNED_PROMPT,
    };
  }
  const refused = noAccountOutcome(call, body) ?? queueFullOutcome(call);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  // Image prompts must be complete data URLs ("包含 MIME 类型前缀").
  const saved = body.base64Array?.length ? await saveInputImages(ctx.files, id, body.base64Array, "required") : { ok: true as const, names: [] };
  if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `base64Array ${saved.reason}`);
  const tile = tileSizeFor(aspectFromPrompt(body.prompt));
  const row = createTask(ctx, {
    id,
    profile: call.profile,
    keyHash: call.keyHash,
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
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: hookFor(call, body),
    notifyId: body.state,
    mode: speedMode(body, body.prompt, "fast", call.pathMode),
    origin: call.origin,
    failure: rules.bannedAtSubmit ? undefined : lateBan(body.prompt),
  });
  return acceptedOutcome(call, row);
}
