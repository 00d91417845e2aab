// A webhook body -> TaskSnapshot, for the webhook route. The snapshot is only a hint (vendors do
// not sign callbacks): the engine re-fetches the task before trusting anything in it.
import { parseVendorJson } from "./http/parse-vendor-json";
import { vendorBaseUrl } from "./http/vendor-base-url";
import { mjproxyProfile } from "./mjproxy/mjproxy-profiles";
import { normalizeMjproxyTask } from "./mjproxy/normalize-mjproxy-task";
import { normalizeTtapiTask } from "./ttapi/normalize-ttapi-task";
import type { TaskSnapshot, VendorConnectionConfig } from "./types";

/**
 * null when the body is not a task of this connection's protocol. Pass the raw text when you
 * have it: long numeric midjourney-proxy ids then keep every digit.
 */
export function parseVendorCallback(connection: Pick<VendorConnectionConfig, "protocol" | "profile" | "baseUrl">, rawBody: unknown): TaskSnapshot | null {
  const body = typeof rawBody === "string" ? parseVendorJson(rawBody) : rawBody;
  if (connection.protocol === "ttapi") return normalizeTtapiTask(body) ?? null;
  const context = { profile: mjproxyProfile(connection.profile), baseUrl: vendorBaseUrl(connection.baseUrl, ["/mj"]) };
  return normalizeMjproxyTask(body, context) ?? null;
}
