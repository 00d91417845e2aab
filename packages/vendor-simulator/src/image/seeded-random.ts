// Deterministic randomness: the same seed always draws the same picture, so a task that is
// rendered again after a restart produces identical files.
import { createHash } from "node:crypto";

/** A 32-bit hash of any strings and numbers. */
export function hashSeed(...parts: (string | number)[]): number {
  return createHash("sha256").update(parts.join("\u0000")).digest().readUInt32BE(0);
}

/** mulberry32: tiny, fast and good enough for picking colours and shapes. */
export function randomFromSeed(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
