// How New API answers errors.
import { jsonResponse } from "../http/json-response";

/**
 * Every error of RelayMidjourney is written as HTTP 400 `{description: "<desc> <result>", type:
 * "upstream_error", code}` (NA controller/relay.go:313-323); the result is usually empty, hence
 * the trailing space. Code 4 = MjRequestError (NA constant/midjourney.go).
 */
export function relayError(description: string, code = 4): Response {
  return jsonResponse({ description: `${description} `, type: "upstream_error", code }, 400);
}

/** gin's answer to a route it does not have. */
export function ginNotFound(): Response {
  return new Response("404 page not found", { status: 404, headers: { "content-type": "text/plain" } });
}
