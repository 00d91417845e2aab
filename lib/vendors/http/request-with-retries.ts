// Sends a call, retrying only idempotent ones (reads) on network errors, 5xx and 429, with
// exponential backoff and jitter. A submit is sent exactly once: retrying it blindly could
// create and bill a second task.
import { isVendorError } from "../vendor-error";
import { backoffDelay } from "./backoff-delay";
import type { HttpAnswer, HttpCall, HttpDeps } from "./http-types";
import { sendHttpCall } from "./send-http-call";

function worthRetrying(status: number): boolean {
  return status === 429 || status >= 500;
}

export async function requestWithRetries(call: HttpCall, deps: HttpDeps): Promise<HttpAnswer> {
  const attempts = call.idempotent ? Math.max(1, deps.retry.attempts) : 1;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= attempts - 1;
    try {
      const answer = await sendHttpCall(call, deps);
      if (last || !worthRetrying(answer.status)) return answer;
      await deps.sleep(backoffDelay(attempt, deps.retry, deps.random, answer.headers.get("retry-after")));
    } catch (error) {
      if (last || !isVendorError(error) || !error.retryable) throw error;
      await deps.sleep(backoffDelay(attempt, deps.retry, deps.random));
    }
  }
}
