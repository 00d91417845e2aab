// Every midjourney-proxy submit (and trueai's) records its task the same way (the profile and
// key, the request, notifyHook and state, the origin); the handlers add what their work needs.
import { createTask, type NewTask } from "../engine/create-task";
import type { TaskRow } from "../store/task-types";
import { hookFor, type MjCall } from "./mjproxy-call";
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
