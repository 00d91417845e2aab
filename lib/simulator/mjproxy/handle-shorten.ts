// POST /mj/submit/shorten – queue five shorter versions of a prompt
import { createTask, newSeed, newTaskId } from "../engine/create-task";
import { firstIssue } from "../http/schema-helpers";
import { findBannedWord } from "../text/banned-words";
import { acceptedOutcome, noAccountOutcome, hookFor, queueIsFull, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE, mjError, mjResult } from "./mjproxy-envelope";
import { shortenSchema } from "./mjproxy-schemas";

export function handleShorten(call: MjCall): MjOutcome {
  const parsed = shortenSchema.safeParse(call.body);
  if (!parsed.success) return { response: mjError(400, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error)), vendorCode: MJ_CODE.VALIDATION_ERROR };
  const body = parsed.data;
  const banned = findBannedWord(body.prompt);
  if (banned) return { response: mjResult(MJ_CODE.BANNED_PROMPT, "可能包含敏感词", null, { promptEn: body.prompt, bannedWord: banned }), vendorCode: MJ_CODE.BANNED_PROMPT };
  const noAccount = noAccountOutcome(body);
  if (noAccount) return noAccount;
  if (queueIsFull(call)) return { response: mjResult(MJ_CODE.QUEUE_REJECTED, "队列已满，请稍后尝试", null), vendorCode: MJ_CODE.QUEUE_REJECTED };
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
    mode: speedMode(body, body.prompt),
    origin: call.origin,
  });
  return acceptedOutcome(call, row);
}
