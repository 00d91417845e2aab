import { ttapiError, ttapiErrorCode } from "./ttapi-error";
import { ttapiCall, type TtapiContext } from "./ttapi-transport";

/**
 * POST /midjourney/v1/promptCheck (free). A refused prompt is an answer ({ ok: false }), not an
 * error; a bad key or an outage is still an error.
 */
export async function checkTtapiPrompt(ctx: TtapiContext, prompt: string): Promise<{ ok: boolean; message: string }> {
  // The check has no side effect, so it may be retried like a read.
  const answer = await ttapiCall(ctx, "POST", "/midjourney/v1/promptCheck", { prompt }, true);
  const envelope = answer.envelope;
  const code = ttapiErrorCode(envelope);
  const status = String(envelope?.status).toUpperCase();
  if (answer.status < 300 && status === "SUCCESS" && code === undefined) {
    return { ok: true, message: typeof envelope?.data === "string" ? envelope.data : envelope?.message || "The prompt passed TTAPI's check." };
  }
  if ((answer.status < 300 || answer.status === 400) && status === "FAILED" && (code === undefined || code === -2)) {
    return { ok: false, message: envelope?.message?.trim() || "TTAPI refused the prompt." };
  }
  throw ttapiError(envelope, answer.status, "POST /midjourney/v1/promptCheck", true);
}
