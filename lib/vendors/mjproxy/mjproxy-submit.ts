// Submits (imagine, action, modal, blend, describe, shorten, swap): sent once, never retried.
import { VendorError } from "../vendor-error";
import { mjproxyHttpError, resultCode, resultCodeError } from "./mjproxy-error";
import { mjproxyResultSchema } from "./mjproxy-schemas";
import { mjproxyCall, type MjproxyContext } from "./mjproxy-transport";

function taskIdOf(result: unknown): string | undefined {
  if (typeof result === "number" && Number.isFinite(result)) return String(result);
  return typeof result === "string" && result.trim() ? result.trim() : undefined;
}

export interface SubmitAnswer {
  taskId: string;
  code: number;
  description: string;
  properties: Record<string, unknown>;
}

/**
 * Code 1 (submitted) and 22 (queued) carry the new task id. Code 21 means "task already
 * exists" upstream and on DataEyes (also how a Vary Region action answers while it waits for
 * its modal) but "parameter error" in New API's and 4AllAPI's tables: with a task id it is
 * taken as accepted, without one as the error. `alsoAccept`: endpoints whose documented sample
 * answers success with code 0.
 */
export async function mjproxySubmit(ctx: MjproxyContext, path: string, body: Record<string, unknown>, alsoAccept: number[] = []): Promise<SubmitAnswer> {
  const what = `POST ${path}`;
  const answer = await mjproxyCall(ctx, "POST", path, body, false);
  if (answer.status < 200 || answer.status >= 300) throw mjproxyHttpError(answer, ctx.profile, what, false);
  const parsed = mjproxyResultSchema.safeParse(answer.raw);
  if (!parsed.success) {
    throw new VendorError("VENDOR_ERROR", `${ctx.profile.vendor} answered ${what} with something that is not its JSON format.`, {
      httpStatus: answer.status,
      outcomeUnknown: true,
    });
  }
  const code = resultCode(parsed.data) ?? -1;
  const taskId = taskIdOf(parsed.data.result);
  const accepted = code === 1 || code === 22 || alsoAccept.includes(code);
  if ((accepted || code === 21) && taskId) return { taskId, code, description: parsed.data.description ?? "", properties: parsed.data.properties ?? {} };
  if (accepted) {
    throw new VendorError("VENDOR_ERROR", `${ctx.profile.vendor} accepted ${what} but returned no task id.`, { vendorCode: code, outcomeUnknown: true });
  }
  throw resultCodeError(parsed.data, ctx.profile, what, answer.status);
}
