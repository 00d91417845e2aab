// The one way the studio gets a vendor client: from a connection's settings (key decrypted by
// lib/data right before the call). The second argument exists for tests and tuning. The third
// puts the connection's rate limit in front of every request the client sends to the vendor's
// own origin (API calls and the images it serves itself), so no vendor call can skip it.
import { adapterOptions, type AdapterOverrides } from "./adapter-options";
import { rateLimitedFetch, vendorOriginThrottle } from "./http/rate-limited-fetch";
import { createMjproxyClient } from "./mjproxy/create-mjproxy-client";
import { createTtapiClient } from "./ttapi/create-ttapi-client";
import type { VendorClient, VendorConnectionConfig } from "./types";

/** A limiter shared by every client of a connection in this process (lib/jobs/rate-limiter.ts). */
export interface VendorRateLimit {
  limiter: { take(key: string, perMinute: number): Promise<void>; untilAvailable(key: string, perMinute: number): Promise<void> };
  /** The bucket: the connection's id. */
  key: string;
  perMinute: number;
}

export function createVendorClient(config: VendorConnectionConfig, overrides: AdapterOverrides = {}, rateLimit?: VendorRateLimit): VendorClient {
  if (!rateLimit) return createClient(config, overrides);
  const { limiter, key, perMinute } = rateLimit;
  const take = () => limiter.take(key, perMinute);
  const inner = overrides.deps?.fetch ?? ((input, init) => fetch(input, init));
  const deps = { ...overrides.deps, fetch: rateLimitedFetch(inner, config.baseUrl, take), throttle: vendorOriginThrottle(config.baseUrl, take) };
  const client = createClient(config, { ...overrides, deps });
  return Object.assign(client, { untilReady: () => limiter.untilAvailable(key, perMinute) });
}

function createClient(config: VendorConnectionConfig, overrides: AdapterOverrides): VendorClient {
  const options = adapterOptions(config.timeoutMs, overrides);
  switch (config.protocol) {
    case "ttapi":
      return createTtapiClient(config, options);
    case "mjproxy":
      return createMjproxyClient(config, options);
    default:
      throw new Error(`Unknown vendor protocol: ${String((config as { protocol: unknown }).protocol)}`);
  }
}
