import type { TaskSnapshot } from "../types";
import { VendorError } from "../vendor-error";
import { mjproxyHttpError, resultCode, resultCodeError } from "./mjproxy-error";
import { mjproxyResultSchema } from "./mjproxy-schemas";
import { mjproxyCall, type MjproxyContext } from "./mjproxy-transport";
import { normalizeMjproxyTask, type MjproxyNormalizeContext } from "./normalize-mjproxy-task";

/** GET /mj/task/{id}/fetch. Upstream answers an unknown id with an empty body, gateways with a code. */
export async function fetchMjproxyTask(ctx: MjproxyContext, norm: MjproxyNormalizeContext, taskId: string): Promise<TaskSnapshot> {
  const path = `/mj/task/${encodeURIComponent(taskId)}/fetch`;
  const answer = await mjproxyCall(ctx, "GET", path, undefined, true);
  if (answer.status < 200 || answer.status >= 300) throw mjproxyHttpError(answer, ctx.profile, "that task", true);
  if (answer.raw === undefined || answer.raw === null)
    throw new VendorError("NOT_FOUND", `${ctx.profile.vendor} has no task ${taskId}.`, { httpStatus: answer.status });
  const snapshot = normalizeMjproxyTask(answer.raw, norm);
  if (snapshot) return snapshot;
  const result = mjproxyResultSchema.safeParse(answer.raw);
  if (result.success && resultCode(result.data) !== undefined) {
    const error = resultCodeError(result.data, ctx.profile, `GET ${path}`, answer.status);
    // New API answers { code: 4, description: "task_no_found" } with HTTP 200.
    throw error.code === "VENDOR_ERROR"
      ? new VendorError("NOT_FOUND", `${ctx.profile.vendor} has no task ${taskId}. ${error.message}`, { vendorCode: error.vendorCode })
      : error;
  }
  throw new VendorError("VENDOR_ERROR", `${ctx.profile.vendor} answered GET ${path} with something that is not a task.`, { httpStatus: answer.status });
}
