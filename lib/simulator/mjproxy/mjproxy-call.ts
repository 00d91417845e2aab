// One authenticated midjourney-proxy request as the handlers see it, and the helpers they share.
import type { SimulatorContext } from "../simulator-context";
import type { SimProfile, TaskRow } from "../store/task-types";
import { readFlag } from "../text/prompt-flags";
import { MJ_CODE, mjResult } from "./mjproxy-envelope";
import type { MjCommon } from "./mjproxy-schemas";

export interface MjCall {
  ctx: SimulatorContext;
  request: Request;
  body: unknown;
  origin: string;
  keyHash: string;
  profile: Exclude<SimProfile, "ttapi">;
  endpoint: string;
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

/** accountFilter.modes picks the speed; else a --relax/--fast/--turbo flag; else the fallback. */
export function speedMode(body: MjCommon, prompt: string, fallback: TaskRow["mode"] = "fast"): TaskRow["mode"] {
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
 * Code 25 ("no account available"): an accountFilter naming an instance or channel the
 * simulator does not have matches no account, as it would on a real proxy.
 */
export function noAccountOutcome(body: MjCommon): MjOutcome | null {
  const filter = body.accountFilter;
  const names = [filter?.instanceId, filter?.channelId].filter((v): v is string => Boolean(v));
  if (names.every((name) => name === SIM_INSTANCE_ID)) return null;
  return { response: mjResult(MJ_CODE.NO_ACCOUNT_OR_QUOTA, "无可用的账号实例 (no account available)", null), vendorCode: MJ_CODE.NO_ACCOUNT_OR_QUOTA };
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
