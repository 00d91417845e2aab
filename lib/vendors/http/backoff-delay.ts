import type { RetryPolicy } from "./http-types";

/**
 * Exponential backoff with full jitter (a random wait between 0 and base * 2^attempt, capped),
 * so many clients retrying after one outage do not hit the vendor in step. A Retry-After the
 * vendor sent wins when it is within the cap.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterHeader?: string | null): number {
  const retryAfterS = retryAfterHeader ? Number.parseFloat(retryAfterHeader) : Number.NaN;
  if (Number.isFinite(retryAfterS) && retryAfterS >= 0) return Math.min(policy.maxDelayMs, retryAfterS * 1000);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
