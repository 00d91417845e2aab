// Every TTAPI submit records its task the same way (the key, the request, hookUrl and notify_id,
// the speed and its timeout); the handlers add only what their kind of work needs.
import type { z } from "zod";
import { createTask, newTaskId, type NewTask } from "../engine/create-task";
import { firstIssue } from "../http/schema-helpers";
import type { TaskRow } from "../store/task-types";
import { TTAPI_ERROR, ttapiFailure } from "./ttapi-envelope";
import { ttapiTimeoutMs, type SubmitOutcome, type TtapiCall } from "./ttapi-call";

/** The body fields all TTAPI submits share (describe and inpaint have no getUImages). */
export interface TtapiCommon {
  hookUrl?: string;
  notify_id?: string;
  mode?: TaskRow["mode"];
  timeout?: number;
  getUImages?: boolean;
}

type TtapiTaskFields = Omit<NewTask, "id" | "profile" | "keyHash" | "request" | "hookUrl" | "notifyId" | "mode" | "origin" | "getUImages" | "timeoutMs">;

/** `fallbackMode`: the speed when the body names none ("fast", or the parent's for follow-ups). */
export function createTtapiTask(call: TtapiCall, body: TtapiCommon, id: string, fields: TtapiTaskFields, fallbackMode: TaskRow["mode"] = "fast"): TaskRow {
  const { ctx } = call;
  const mode = body.mode ?? fallbackMode;
  return createTask(ctx, {
    id,
    profile: "ttapi",
    keyHash: call.keyHash,
    ...fields,
    request: { endpoint: call.endpoint, receivedAt: ctx.now(), body: call.body },
    hookUrl: body.hookUrl,
    notifyId: body.notify_id,
    mode,
    origin: call.origin,
    getUImages: body.getUImages,
    timeoutMs: ttapiTimeoutMs(body.timeout, mode),
  });
}

/** A refused submit: TTAPI's FAILED envelope with the code, which the submit log records too. */
export function ttapiRefusal(code: number, message: string): SubmitOutcome {
  return { response: ttapiFailure(code, message), vendorCode: code };
}

/** TTAPI's answer when the key already has as many jobs queued as it may. */
export function ttapiQueueFull(call: TtapiCall): SubmitOutcome | null {
  if (call.ctx.store.count("queued", call.keyHash) < call.ctx.options.maxQueued) return null;
  return ttapiRefusal(TTAPI_ERROR.TOO_FREQUENT, "Too many jobs in the queue, please slow down.");
}

/** A new submit's first steps: the body checked against `schema`, a full queue refused, a job id drawn. */
export function startTtapiSubmit<S extends z.ZodType<TtapiCommon>>(call: TtapiCall, schema: S): { body: z.output<S>; id: string } | { refused: SubmitOutcome } {
  const parsed = schema.safeParse(call.body);
  if (!parsed.success) return { refused: ttapiRefusal(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error)) };
  const full = ttapiQueueFull(call);
  if (full) return { refused: full };
  return { body: parsed.data, id: newTaskId(call.ctx, "ttapi") };
}
