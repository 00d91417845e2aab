// Compares API keys in constant time so response timing does not reveal a key prefix.
import { createHash, timingSafeEqual } from "node:crypto";

export function keysMatch(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** A short stable id for a key: tasks and concurrency are counted per key without storing it. */
export function keyHash(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
