// A token bucket per vendor connection, so every request to a vendor stays within the rate the
// admin set for its connection. One limiter per process (in lib/server/services.ts: Next.js bundles
// route handlers, actions and instrumentation separately), shared by the engine, the admin pages, the
// studio's actions and the CLI. The vendor-client factory (lib/vendors/create-vendor-client.ts,
// given it by lib/trusted/connections/get-vendor-client-for-connection.ts) puts it in front of every
// HTTP request a connection's client sends, so no call can skip it.
// With several processes on PostgreSQL, boot installs lib/jobs/pg-rate-limiter.ts in its place.
import { services } from "@/lib/server/services";
import { bucketShape, type VendorRateLimiter } from "./vendor-rate-limiter";

export class RateLimiter implements VendorRateLimiter {
  private buckets = new Map<string, { tokens: number; updated: number }>();

  private refill(key: string, perMinute: number): { bucket: { tokens: number; updated: number }; refillPerMs: number } {
    const { capacity, refillPerMs } = bucketShape(perMinute);
    const now = Date.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updated: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerMs);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    return { bucket, refillPerMs };
  }

  /** Waits until a request to this connection is allowed, and counts it. */
  async take(key: string, perMinute: number): Promise<void> {
    for (;;) {
      const { bucket, refillPerMs } = this.refill(key, perMinute);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await new Promise((r) => setTimeout(r, Math.ceil((1 - bucket.tokens) / refillPerMs)));
    }
  }

  /**
   * Waits until a request would be allowed, without counting one (a client's untilReady()). The
   * engine waits here before it claims a job, so the request itself (which does count) leaves
   * right after the claim.
   */
  async untilAvailable(key: string, perMinute: number): Promise<void> {
    for (;;) {
      const { bucket, refillPerMs } = this.refill(key, perMinute);
      if (bucket.tokens >= 1) return;
      await new Promise((r) => setTimeout(r, Math.ceil((1 - bucket.tokens) / refillPerMs)));
    }
  }
}

/** This process's one limiter for vendor requests, keyed by connection id (in memory, or PostgreSQL's). */
export function vendorRateLimiter(): VendorRateLimiter {
  return services().rateLimiter;
}
