import "server-only";
import { reserveRateAttempt } from "./reserve-rate-attempt";

/**
 * Counts one event under `key` in a fixed window and returns the count so far (this one
 * included). A single atomic statement, so concurrent hits are neither lost nor counted twice.
 */
export async function hitRateCounter(key: string, windowMs: number, now = new Date()): Promise<number> {
  return (await reserveRateAttempt(key, windowMs, now)).count;
}
