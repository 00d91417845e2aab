// One authenticated midjourney-proxy request as the handlers see it, and the helpers they share.
import type { SimulatorContext } from "../simulator-context";
import type { SimProfile, TaskRow } from "../store/task-types";
import { findBannedWord } from "../text/banned-words";
import { readFlag } from "../text/read-prompt-flags";
import { MJ_CODE, mjError, mjResult } from "./mjproxy-envelope";
import { rulesFor } from "./mjproxy-rules";
import type { MjCommon } from "./mjproxy-bodies";

export interface MjCall {
  ctx: SimulatorContext;
  request: Request;
  body: unknown;
  origin: string;
  keyHash: string;
  profile: Exclude<SimProfile, "ttapi">;
  endpoint: string;
  /** trueai: the speed a /mj-relax|/mj-fast|/mj-turbo path prefix asked for (SimpleAuthMiddleware.cs:54-69). */
  pathMode?: TaskRow["mode"];
}

export interface MjOutcome {
  response: Response;
  taskId?: string;
  vendorCode?: number;
}

export function findMjTask(call: MjCall, id: string): TaskRow | null {
  const row = call.ctx.store.get(id);
  return row && row.profile === call.profile && row.keyHash === call.keyHash ? row : null;
}

/**
 * The speed a task runs at: a path prefix first (trueai), then accountFilter.modes, then a
 * --relax/--fast/--turbo flag in the prompt, else the fallback (SubmitController.cs:1262-1307).
 */
export function speedMode(body: MjCommon, prompt: string, fallback: TaskRow["mode"] = "fast", pathMode?: TaskRow["mode"]): TaskRow["mode"] {
  if (pathMode) return pathMode;
  const mode = body.accountFilter?.modes?.[0];
  if (mode) return mode.toLowerCase() as TaskRow["mode"];
  for (const flag of ["relax", "fast", "turbo"] as const) if (readFlag(prompt, [flag]) !== undefined) return flag;
  return fallback;
}

/** DataEyes documents polling only: it has no notifyHook, so none is kept for its tasks. */
export function hookFor(call: MjCall, body: MjCommon): string | undefined {
  return call.profile === "dataeyes" ? undefined : body.notifyHook;
}

export function queueIsFull(call: MjCall): boolean {
  return call.ctx.store.count("queued", call.keyHash) >= call.ctx.options.maxQueued;
}

/** The simulator's single "Discord account"; accountFilter may name it or leave the fields empty. */
export const SIM_INSTANCE_ID = "sim0000000000001";
const INSTANCE = { discordInstanceId: SIM_INSTANCE_ID, discordChannelId: SIM_INSTANCE_ID };

/**
 * "No account available" (code 25 on the documented mounts, 3 on trueai): an accountFilter
 * naming an instance or channel the simulator does not have matches no account, as it would on
 * a real proxy.
 */
export function noAccountOutcome(call: MjCall, body: MjCommon): MjOutcome | null {
  const filter = body.accountFilter;
  const names = [filter?.instanceId, filter?.channelId].filter((v): v is string => Boolean(v));
  if (names.every((name) => name === SIM_INSTANCE_ID)) return null;
  const { code, description } = rulesFor(call.profile).noAccount;
  return { response: mjResult(code, description, null), vendorCode: code };
}

/** Code 24 "可能包含敏感词" where the profile checks banned words at submit, or null (trueai checks them late). */
export function bannedPromptOutcome(call: MjCall, prompt: string): MjOutcome | null {
  const banned = rulesFor(call.profile).bannedAtSubmit ? findBannedWord(prompt) : null;
  if (!banned) return null;
  return { response: mjResult(MJ_CODE.BANNED_PROMPT, "可能包含敏感词", null, { promptEn: prompt, bannedWord: banned }), vendorCode: MJ_CODE.BANNED_PROMPT };
}

/** The refusal of a submit when the key's queue is full (23 documented, 9 with words on trueai), or null. */
export function queueFullOutcome(call: MjCall): MjOutcome | null {
  if (!queueIsFull(call)) return null;
  const { code, description } = rulesFor(call.profile).queueFull;
  return { response: mjResult(code, description, null, call.profile === "trueai" || call.profile === "newapi" ? { ...INSTANCE } : {}), vendorCode: code };
}

/** The refusals every new submit checks first, in midjourney-proxy's order; `prompt` where it has one. */
export function submitRefusal(call: MjCall, body: MjCommon, prompt?: string): MjOutcome | null {
  return (prompt === undefined ? null : bannedPromptOutcome(call, prompt)) ?? noAccountOutcome(call, body) ?? queueFullOutcome(call);
}

/** An answer in midjourney-proxy's error envelope with its HTTP status. */
export function errorOutcome(status: number, code: number, description: string): MjOutcome {
  return { response: mjError(status, code, description), vendorCode: code };
}

/** A refused submit: HTTP 400 on the documented mounts, HTTP 200 on trueai and novicezk (`Ok(Fail(...))`). */
export function invalidOutcome(call: MjCall, code: number, description: string): MjOutcome {
  const status = rulesFor(call.profile).validationStatus;
  return { response: status === 200 ? mjResult(code, description, null) : mjError(status, code, description), vendorCode: code };
}

/**
 * The answer to an accepted submit. When the task has to wait for a slot, midjourney-proxy
 * answers 22 "排队中，前面还有N个任务"; DataEyes answers code 1 with the same description
 * (its own example), so the code differs per profile.
 */
export function acceptedOutcome(call: MjCall, row: TaskRow): MjOutcome {
  if (row.status === "queued") {
    const ahead = call.ctx.store.queuePosition(row);
    const code = call.profile === "dataeyes" ? MJ_CODE.SUCCESS : MJ_CODE.IN_QUEUE;
    return { response: mjResult(code, `排队中，前面还有${ahead}个任务`, row.id, { numberOfQueues: ahead, ...INSTANCE }), taskId: row.id, vendorCode: code };
  }
  return { response: mjResult(MJ_CODE.SUCCESS, "提交成功", row.id, { ...INSTANCE }), taskId: row.id, vendorCode: MJ_CODE.SUCCESS };
}
