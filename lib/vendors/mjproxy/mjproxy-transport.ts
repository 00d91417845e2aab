// Sends one midjourney-proxy call (authenticated the way the profile's server reads keys) and
// returns the parsed answer.
import { USER_AGENT } from "../adapter-options";
import type { HttpDeps } from "../http/http-types";
import { parseVendorJson } from "../http/parse-vendor-json";
import { requestWithRetries } from "../http/request-with-retries";
import type { MjproxyProfileSpec } from "./mjproxy-profiles";

export interface MjproxyContext {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  profile: MjproxyProfileSpec;
  deps: HttpDeps;
}

export interface MjproxyAnswer {
  status: number;
  /** Parsed JSON; undefined for an empty or non-JSON body (upstream answers an unknown task that way). */
  raw: unknown;
  text: string;
  location: string | null;
}

export function mjproxyHeaders(ctx: MjproxyContext): Record<string, string> {
  // Every request carries a User-Agent: DataEyes' Cloudflare refuses requests without one.
  if (ctx.profile.auth === "bearer") return { Authorization: `Bearer ${ctx.apiKey}`, "User-Agent": USER_AGENT };
  // Self-hosted: trueai reads Authorization verbatim (and ignores mj-api-secret when Authorization
  // is present, WorkContext.cs:46-48); novicezk reads only mj-api-secret. Both headers, same key.
  return { Authorization: ctx.apiKey, "mj-api-secret": ctx.apiKey, "User-Agent": USER_AGENT };
}

export async function mjproxyCall(ctx: MjproxyContext, method: "GET" | "POST", path: string, json: unknown, idempotent: boolean): Promise<MjproxyAnswer> {
  const answer = await requestWithRetries(
    { method, url: `${ctx.baseUrl}${path}`, headers: mjproxyHeaders(ctx), json, timeoutMs: ctx.timeoutMs, idempotent },
    ctx.deps,
  );
  return { status: answer.status, raw: parseVendorJson(answer.text), text: answer.text, location: answer.headers.get("location") };
}
