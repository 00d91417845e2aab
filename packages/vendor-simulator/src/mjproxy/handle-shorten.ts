// POST /mj/submit/shorten – queue five shorter versions of a prompt
import { newSeed, newTaskId } from "../engine/create-task";
import { createMjTask } from "./create-mj-task";
import { lateBan } from "../engine/late-ban";
import { firstIssue } from "../http/schema-helpers";
import { acceptedOutcome, invalidOutcome, speedMode, submitRefusal, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { rulesFor } from "./mjproxy-rules";
import { mjShortenBody } from "./mjproxy-bodies";

export function handleShorten(call: MjCall): MjOutcome {
  const parsed = mjShortenBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const rules = rulesFor(call.profile);
  const refused = submitRefusal(call, body, body.prompt);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  const row = createMjTask(call, body, id, {
    kind: "shorten",
    action: "shorten",
    prompt: body.prompt,
    params: { seed: newSeed(id), family: "v6" },
    mode: speedMode(body, body.prompt, "fast", call.pathMode),
    failure: rules.bannedAtSubmit ? undefined : lateBan(body.prompt),
  });
  return acceptedOutcome(call, row);
}
