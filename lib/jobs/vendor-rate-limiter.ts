// What every vendor client needs from a rate limiter (lib/vendors/create-vendor-client.ts), so the
// services container can hold the in-memory one (one process, SQLite) or the PostgreSQL one
// (several processes sharing each connection's budget).
export interface VendorRateLimiter {
  /** Waits until a request to this connection is allowed, and counts it. */
  take(key: string, perMinute: number): Promise<void>;
  /** Waits until a request would be allowed, without counting one (a client's untilReady()). */
  untilAvailable(key: string, perMinute: number): Promise<void>;
}

/** Both limiters' bucket: a burst of up to a minute's worth (at most 60), refilled continuously. */
export function bucketShape(perMinute: number): { capacity: number; refillPerMs: number } {
  return { capacity: Math.max(1, Math.min(perMinute, 60)), refillPerMs: perMinute / 60_000 };
}
