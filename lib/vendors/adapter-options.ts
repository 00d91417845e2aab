// What both adapters share besides the connection: the HTTP pieces, and how long they may
// poll when one studio call needs several vendor calls (TTAPI's seed, midjourney-proxy's modal).
import { defaultHttpDeps, type HttpDeps } from "./http/http-types";

export interface AdapterOptions {
  deps: HttpDeps;
  /** Between polls while waiting inside one call. */
  pollIntervalMs: number;
  /** The longest one call waits for the vendor to reach the next step. */
  waitTimeoutMs: number;
  /** Per request, unless the connection sets its own. */
  timeoutMs: number;
  downloadTimeoutMs: number;
}

export type AdapterOverrides = Partial<Omit<AdapterOptions, "deps">> & { deps?: Partial<HttpDeps> };

export const USER_AGENT = "Atelier/0.1 (self-hosted Midjourney studio)";

export function adapterOptions(connectionTimeoutMs: number | undefined, overrides: AdapterOverrides = {}): AdapterOptions {
  const timeoutMs = connectionTimeoutMs ?? overrides.timeoutMs ?? 30_000;
  return {
    deps: defaultHttpDeps(overrides.deps),
    pollIntervalMs: overrides.pollIntervalMs ?? 1_000,
    waitTimeoutMs: overrides.waitTimeoutMs ?? 90_000,
    timeoutMs,
    downloadTimeoutMs: overrides.downloadTimeoutMs ?? Math.max(60_000, timeoutMs * 2),
  };
}

/** Polls `step` until it returns a value, throwing `onTimeout()` after waitTimeoutMs. */
export async function pollUntil<T>(options: AdapterOptions, step: () => Promise<T | undefined>, onTimeout: () => Error): Promise<T> {
  const deadline = Date.now() + options.waitTimeoutMs;
  for (;;) {
    const value = await step();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw onTimeout();
    await options.deps.sleep(options.pollIntervalMs);
  }
}
