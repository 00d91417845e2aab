// New API's TokenAuth (NA middleware/auth.go:160-249): the key comes from `Authorization` with
// "Bearer " removed, or from mj-api-secret when Authorization is empty (or "midjourney-proxy");
// an "sk-" prefix is dropped. A refusal is HTTP 401 `{error: {message, type: "new_api_error"}}`
// (NA middleware/utils.go:9-19) with "未提供令牌" for no key and "无效的令牌" for an unknown one
// (NA model/token.go:73-115), followed by the request id (NA common/utils.go:208-210).
//
// Not reproduced: New API splits the key at "-" and reads the second part as a channel id; the
// simulator's key may contain dashes, so it is compared whole.
import { randomBytes } from "node:crypto";
import { jsonResponse } from "../http/json-response";
import { keysMatch } from "../http/keys-match";

function presentedKey(request: Request): string {
  let key = (request.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  if (key === "" || key === "midjourney-proxy") key = (request.headers.get("mj-api-secret") ?? "").replace(/^Bearer /, "");
  return key;
}

function requestId(): string {
  const now = new Date();
  const stamp = now
    .toISOString()
    .replace(/[-:TZ.]/g, "")
    .slice(0, 17);
  return `${stamp}${randomBytes(4).toString("hex")}`;
}

/** null when the key is the simulator's, else New API's 401 answer. */
export function newapiAuthError(request: Request, apiKey: string): Response | null {
  const key = presentedKey(request);
  if (key && (keysMatch(key, apiKey) || (key.startsWith("sk-") && keysMatch(key.slice(3), apiKey)))) return null;
  const message = key ? "无效的令牌" : "未提供令牌";
  return jsonResponse({ error: { message: `${message} (request id: ${requestId()})`, type: "new_api_error" } }, 401);
}
