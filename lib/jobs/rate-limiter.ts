// A token bucket per vendor connection, so polling and submits stay within the vendor's
// request rate. In-process: one engine per SQLite database.
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; updated: number }>();

  /** Waits until a request to this connection is allowed. */
  async take(key: string, perMinute: number): Promise<void> {
    const capacity = Math.max(1, Math.min(perMinute, 60));
    const refillPerMs = perMinute / 60_000;
    for (;;) {
      const now = Date.now();
      const bucket = this.buckets.get(key) ?? { tokens: capacity, updated: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerMs);
      bucket.updated = now;
      this.buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await new Promise((r) => setTimeout(r, Math.ceil((1 - bucket.tokens) / refillPerMs)));
    }
  }
}
