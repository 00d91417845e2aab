// The shapes the shared HTTP layer works with. Adapters describe a call; this layer sends it
// with a deadline, retries it only when that is safe, and classifies what went wrong.
import dns from "node:dns/promises";

export interface HttpCall {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  /** Serialized as JSON when present. */
  json?: unknown;
  timeoutMs: number;
  /**
   * Reads (fetch, status, seed, list, image download) are idempotent: they may be retried and a
   * lost answer only means "ask again". A submit is not: it is sent once, and a lost answer
   * means its outcome is unknown.
   */
  idempotent: boolean;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Injectable pieces, so tests can run without real waits and adapters share one set. */
export interface HttpDeps {
  fetch: typeof fetch;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Resolves a host name to its addresses (image downloads check each one before connecting). */
  lookup: (hostname: string) => Promise<{ address: string; family: number }[]>;
  /**
   * Waits for the connection's rate limit before a request to `url` (image downloads go
   * through node:http for their address checks, not through `fetch`, so they call this).
   */
  throttle: (url: URL) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 8000 };

/** JSON bodies larger than this are not vendor answers. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

export function defaultHttpDeps(overrides: Partial<HttpDeps> = {}): HttpDeps {
  return {
    fetch: overrides.fetch ?? ((input, init) => fetch(input, init)),
    retry: overrides.retry ?? DEFAULT_RETRY,
    sleep: overrides.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: overrides.random ?? Math.random,
    lookup: overrides.lookup ?? ((hostname) => dns.lookup(hostname, { all: true, verbatim: true })),
    throttle: overrides.throttle ?? (async () => undefined),
  };
}
