import type { TaskSnapshot } from "../types";
import { normalizeTtapiTask } from "./normalize-ttapi-task";
import { ttapiError, ttapiErrorCode } from "./ttapi-error";
import { ttapiCall, type TtapiContext } from "./ttapi-transport";

/**
 * POST /midjourney/v1/fetch. TTAPI answers a failed *task* and a failed *request* both with
 * status FAILED; only a task carries its jobId, so a FAILED answer without one is an error.
 */
export async function fetchTtapiTask(ctx: TtapiContext, taskId: string): Promise<TaskSnapshot> {
  const what = "POST /midjourney/v1/fetch";
  const answer = await ttapiCall(ctx, "POST", "/midjourney/v1/fetch", { jobId: taskId }, true);
  const ok = answer.status >= 200 && answer.status < 300 && ttapiErrorCode(answer.envelope) === undefined;
  if (ok) {
    const failed = String(answer.envelope?.status).toUpperCase() === "FAILED";
    const snapshot = normalizeTtapiTask(answer.raw) ?? (failed ? undefined : normalizeTtapiTask(answer.raw, taskId));
    if (snapshot) return snapshot;
  }
  throw ttapiError(answer.envelope, answer.status, what, true);
}
