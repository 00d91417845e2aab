// trueai's key check: the raw Authorization header is the token when the header is there,
// else the mj-api-secret header (WorkContext.cs:46-48); the token is compared verbatim with the
// user's, so "Bearer <key>" does not match a key "<key>". No user: HTTP 401 with a plain-text
// body (SimpleAuthMiddleware.cs:114-120).
import { keysMatch } from "../http/keys-match";

export function trueaiToken(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  return authorization !== null ? authorization : request.headers.get("mj-api-secret");
}

export function trueaiAuthorized(request: Request, apiKey: string): boolean {
  return keysMatch(trueaiToken(request), apiKey);
}

export function trueaiUnauthorized(): Response {
  return new Response("Authorization header missing.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
}
