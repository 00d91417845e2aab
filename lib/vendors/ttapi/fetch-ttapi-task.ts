import type { TaskFamily, TaskSnapshot } from "../types";
import { normalizeTtapiTask } from "./normalize-ttapi-task";
import { ttapiError, ttapiErrorCode } from "./ttapi-error";
import { ttapiCall, type TtapiContext } from "./ttapi-transport";

/**
 * POST /midjourney/v1/fetch. TTAPI answers a failed *task* and a failed *request* both with
 * status FAILED; only a task carries its jobId, so a FAILED answer without one is an error.
 */
export async function fetchTtapiTask(ctx: TtapiContext, taskId: string, family: TaskFamily = "image"): Promise<TaskSnapshot> {
  // Edits have their own (free) fetch: GET /midjourney/image-edits/fetch?jobId= (docs.ttapi.io
  // image-edits). Videos are fetched like any job ("consistent with fetch structure").
  const edit = family === "edit";
  const path = edit ? `/midjourney/image-edits/fetch?jobId=${encodeURIComponent(taskId)}` : "/midjourney/v1/fetch";
  const what = `${edit ? "GET" : "POST"} ${edit ? "/midjourney/image-edits/fetch" : path}`;
  const answer = edit ? await ttapiCall(ctx, "GET", path, undefined, true) : await ttapiCall(ctx, "POST", path, { jobId: taskId }, true);
  const ok = answer.status >= 200 && answer.status < 300 && ttapiErrorCode(answer.envelope) === undefined;
  if (ok) {
    const failed = String(answer.envelope?.status).toUpperCase() === "FAILED";
    const snapshot = normalizeTtapiTask(answer.raw, undefined, family) ?? (failed ? undefined : normalizeTtapiTask(answer.raw, taskId, family));
    if (snapshot) return snapshot;
  }
  throw ttapiError(answer.envelope, answer.status, what, true);
}
