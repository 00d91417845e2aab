// Every midjourney-proxy submit (and trueai's) records its task the same way (the profile and
// key, the request, notifyHook and state, the origin); the handlers add what their work needs.
import type { z } from "zod";
import { createTask, newTaskId, type NewTask } from "../engine/create-task";
import { lateBan } from "../engine/late-ban";
import { firstIssue } from "../http/schema-helpers";
import type { TaskRow } from "../store/task-types";
import { hookFor, invalidOutcome, submitRefusal, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE } from "./mjproxy-envelope";
import { rulesFor } from "./mjproxy-rules";
import type { MjCommon } from "./mjproxy-bodies";

type MjTaskFields = Omit<NewTask, "id" | "profile" | "keyHash" | "request" | "hookUrl" | "notifyId" | "origin">;

export function createMjTask(call: MjCall, body: MjCommon, id: string, fields: MjTaskFields): TaskRow {
  const { ctx } = call;
  return createTask(ctx, {
    id,
    profile: call.profile,
    keyHash: call.keyHash,
    ...fields,
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: hookFor(call, body),
    notifyId: body.state,
    origin: call.origin,
  });
}

/** A new submit's first steps: the body checked against `schema`, the refusals (banned words in `promptOf`'s prompt too), a task id drawn. */
export function startMjSubmit<S extends z.ZodType<MjCommon>>(
  call: MjCall,
  schema: S,
  promptOf?: (body: z.output<S>) => string,
): { body: z.output<S>; id: string } | { refused: MjOutcome } {
  const parsed = schema.safeParse(call.body);
  if (!parsed.success) return { refused: invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error)) };
  const refused = submitRefusal(call, parsed.data, promptOf?.(parsed.data));
  if (refused) return { refused };
  return { body: parsed.data, id: newTaskId(call.ctx, call.profile) };
}

/** Where banned words are not refused at submit (trueai), the task fails on them later. */
export function lateBanFor(call: MjCall, prompt: string): NewTask["failure"] {
  return rulesFor(call.profile).bannedAtSubmit ? undefined : lateBan(prompt);
}
