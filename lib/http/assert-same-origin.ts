// The cross-site check server actions get from Next.js, for route handlers that write with the
// session cookie (uploads, Vary Region). A page on another site can make a browser POST a form
// here with the studio's cookie attached; it cannot make the browser lie about where it came from.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const REFUSED = "This request came from another site and was refused. Use the studio's own page.";

function firstValue(header: string | null): string | null {
  return header?.split(",")[0]?.trim().toLowerCase() || null;
}

/** The hosts this studio answers as: the Host (or a proxy's X-Forwarded-Host) and PUBLIC_URL's. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  for (const value of [firstValue(request.headers.get("x-forwarded-host")), firstValue(request.headers.get("host"))]) if (value) hosts.add(value);
  const publicUrl = env().PUBLIC_URL;
  if (publicUrl) hosts.add(new URL(publicUrl).host.toLowerCase());
  return hosts;
}

/**
 * Throws FORBIDDEN unless the request came from one of the studio's own pages:
 * `Sec-Fetch-Site: same-origin` where the browser sends it, and an `Origin` naming this host.
 * Like Next.js for server actions, a request with neither header (curl, a script) passes: it
 * can only carry a cookie its sender already holds.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") throw new AppError("FORBIDDEN", REFUSED);
  const origin = request.headers.get("origin");
  if (origin === null) return;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    // "null" (sandboxed frames, some redirects) and anything unparsable name no origin of ours.
    throw new AppError("FORBIDDEN", REFUSED);
  }
  if (!host || !ownHosts(request).has(host)) throw new AppError("FORBIDDEN", REFUSED);
}
