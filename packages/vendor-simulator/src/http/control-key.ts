// The key /sim/_control asks for (issue 11 item 20): the simulator's own API key, sent the way
// its protocols send it: `Authorization: Bearer <key>`, `TT-API-KEY: <key>` or `mj-api-secret: <key>`.
import { keysMatch } from "./keys-match";

export function hasControlKey(request: Request, apiKey: string): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim();
  const candidates = [bearer, request.headers.get("tt-api-key"), request.headers.get("mj-api-secret")];
  return candidates.some((given) => keysMatch(given, apiKey));
}
