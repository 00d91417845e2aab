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

/** Runs one attempt, again for idempotent work while the answer or error is worth retrying. */
export async function withRetries<T extends { status: number; headers: Headers }>(idempotent: boolean, deps: HttpDeps, attempt: () => Promise<T>): Promise<T> {
  const attempts = idempotent ? Math.max(1, deps.retry.attempts) : 1;
  for (let n = 0; ; n++) {
    const last = n >= attempts - 1;
    try {
      const answer = await attempt();
      if (last || !worthRetrying(answer.status)) return answer;
      await deps.sleep(backoffDelay(n, deps.retry, deps.random, answer.headers.get("retry-after")));
    } catch (error) {
      if (last || !isVendorError(error) || !error.retryable) throw error;
      await deps.sleep(backoffDelay(n, deps.retry, deps.random));
    }
  }
}

export function requestWithRetries(call: HttpCall, deps: HttpDeps): Promise<HttpAnswer> {
  return withRetries(call.idempotent, deps, () => sendHttpCall(call, deps));
}
