// POST /mj/submit/shorten – queue five shorter versions of a prompt
import { createTask, newSeed, newTaskId } from "../engine/create-task";
import { lateBan } from "../engine/late-ban";
import { firstIssue } from "../http/schema-helpers";
import { findBannedWord } from "../text/banned-words";
import { acceptedOutcome, hookFor, invalidOutcome, noAccountOutcome, queueFullOutcome, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE, mjResult } from "./mjproxy-envelope";
import { rulesFor } from "./mjproxy-rules";
import { mjShortenBody } from "./mjproxy-bodies";

export function handleShorten(call: MjCall): MjOutcome {
  const parsed = mjShortenBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const rules = rulesFor(call.profile);
  const banned = rules.bannedAtSubmit ? findBannedWord(body.prompt) : null;
  if (banned)
    return {
      response: mjResult(MJ_CODE.BANNED_PROMPT, "可能包含敏感词", null, { promptEn: body.prompt, bannedWord: banned }),
      vendorCode: MJ_CODE.BANNED_PROMPT,
    };
  const refused = noAccountOutcome(call, body) ?? queueFullOutcome(call);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  const row = createTask(ctx, {
    id,
    profile: call.profile,
    keyHash: call.keyHash,
    kind: "shorten",
    action: "shorten",
    prompt: body.prompt,
    params: { seed: newSeed(id), family: "v6" },
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: hookFor(call, body),
    notifyId: body.state,
    mode: speedMode(body, body.prompt, "fast", call.pathMode),
    origin: call.origin,
    failure: rules.bannedAtSubmit ? undefined : lateBan(body.prompt),
  });
  return acceptedOutcome(call, row);
}
