// The small read endpoints: list-by-condition, image-seed.
import type { TaskSnapshot } from "../types";
import { VendorError } from "../vendor-error";
import { mjproxyHttpError, resultCode, resultCodeError } from "./mjproxy-error";
import { mjproxyResultSchema } from "./mjproxy-schemas";
import { mjproxyCall, type MjproxyContext } from "./mjproxy-transport";
import { normalizeMjproxyTask, type MjproxyNormalizeContext } from "./normalize-mjproxy-task";

/** POST /mj/task/list-by-condition { ids }: a read, so it may be retried. */
export async function listMjproxyTasks(ctx: MjproxyContext, norm: MjproxyNormalizeContext, ids: string[]): Promise<TaskSnapshot[]> {
  const path = "/mj/task/list-by-condition";
  const answer = await mjproxyCall(ctx, "POST", path, { ids }, true);
  if (answer.status < 200 || answer.status >= 300) throw mjproxyHttpError(answer, ctx.profile, `POST ${path}`, true);
  if (!Array.isArray(answer.raw)) {
    throw new VendorError("VENDOR_ERROR", `${ctx.profile.vendor} answered POST ${path} with something that is not a list.`, { httpStatus: answer.status });
  }
  return answer.raw.flatMap((item) => normalizeMjproxyTask(item, norm) ?? []);
}

/** GET /mj/task/{id}/image-seed. Success is code 1 (the documents' samples show 0) with the seed as result. */
export async function readMjproxySeed(ctx: MjproxyContext, taskId: string): Promise<string> {
  const path = `/mj/task/${encodeURIComponent(taskId)}/image-seed`;
  const answer = await mjproxyCall(ctx, "GET", path, undefined, true);
  if (answer.status < 200 || answer.status >= 300) throw mjproxyHttpError(answer, ctx.profile, `GET ${path}`, true);
  const parsed = mjproxyResultSchema.safeParse(answer.raw);
  if (!parsed.success) throw new VendorError("VENDOR_ERROR", `${ctx.profile.vendor} answered GET ${path} with something that is not its JSON format.`);
  const code = resultCode(parsed.data);
  const seed = parsed.data.result;
  if ((code === 1 || code === 0) && (typeof seed === "string" || typeof seed === "number") && String(seed).trim()) return String(seed).trim();
  throw resultCodeError(parsed.data, ctx.profile, `GET ${path}`, answer.status);
}
