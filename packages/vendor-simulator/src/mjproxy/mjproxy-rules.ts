// Where the midjourney-proxy servers answer the same request differently. The documented
// mounts (/sim/mjproxy, /sim/dataeyes) follow the vendors' documents; the trueai and novicezk
// mounts follow their servers' code.
import type { SimProfile } from "../store/task-types";
import { MJ_CODE } from "./mjproxy-envelope";

export interface MjRules {
  /** HTTP status of a refused (invalid) submit. trueai and novicezk answer `Ok(Fail(4, ...))`: 200. */
  validationStatus: number;
  /** Banned words refused at submit (code 24), or accepted and failed when the task starts. */
  bannedAtSubmit: boolean;
  noAccount: { code: number; description: string };
  queueFull: { code: number; description: string };
}

const DOCUMENTED: MjRules = {
  validationStatus: 400,
  bannedAtSubmit: true,
  noAccount: { code: MJ_CODE.NO_ACCOUNT_OR_QUOTA, description: "无可用的账号实例 (no account available)" },
  queueFull: { code: MJ_CODE.QUEUE_REJECTED, description: "队列已满，请稍后尝试" },
};

// trueai: validation failures are `Ok(SubmitResultVO.Fail(VALIDATION_ERROR, ...))`, i.e. HTTP 200
// (SubmitController.cs:139 and others); the banned-word check at submit is commented out and the
// task fails when it starts instead (SubmitController.cs:166-176, DiscordService.cs:1883-1925);
// "no account" is NOT_FOUND (TaskService.cs:79); a full queue is FAILURE with words
// (DiscordService.cs:1628-1632).
const TRUEAI: MjRules = {
  validationStatus: 200,
  bannedAtSubmit: false,
  noAccount: { code: MJ_CODE.NOT_FOUND, description: "无可用的账号实例" },
  queueFull: { code: MJ_CODE.FAILURE, description: "提交失败，队列已满，请稍后重试" },
};

// novicezk: SubmitResultVO.fail(...) with HTTP 200; banned words refused at submit with 24
// (SubmitController.java imagine); QUEUE_REJECTED 23 when the queue is full.
const NOVICEZK: MjRules = { ...DOCUMENTED, validationStatus: 200 };

export function rulesFor(profile: Exclude<SimProfile, "ttapi">): MjRules {
  if (profile === "trueai" || profile === "newapi") return TRUEAI;
  if (profile === "novicezk") return NOVICEZK;
  return DOCUMENTED;
}
