// The one way the studio gets a vendor client: from a connection's settings (key decrypted by
// lib/data right before the call). The second argument exists for tests and tuning.
import { adapterOptions, type AdapterOverrides } from "./adapter-options";
import { createMjproxyClient } from "./mjproxy/create-mjproxy-client";
import { createTtapiClient } from "./ttapi/create-ttapi-client";
import type { VendorClient, VendorConnectionConfig } from "./types";

export function createVendorClient(config: VendorConnectionConfig, overrides?: AdapterOverrides): VendorClient {
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
