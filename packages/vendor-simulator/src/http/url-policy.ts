// Which URLs the simulator may download an input picture from (describe by url / link).
//
// The simulator runs inside the studio's process on its production port, so a URL a client
// hands it must never make it reach into the network behind it (issue 11 item 20). It reads its
// own /sim/files/... pictures straight from disk and fetches nothing else, unless a test
// explicitly allows loopback addresses (allowLoopbackUrls). Link-local and cloud metadata
// addresses are refused even then, and host names other than "localhost" are never resolved,
// so DNS cannot point an allowed name somewhere else.

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

const OWN_FILE = /\/sim\/files\/([A-Za-z0-9_-]{1,120}\.png)$/;

/** The file name when the URL names one of the simulator's own files (any host: it is read from disk). */
export function ownFileName(raw: string): string | null {
  try {
    return OWN_FILE.exec(new URL(raw).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

function ipv4(hostname: string): number[] | null {
  const host = hostname.replace(/^\[?::ffff:/i, "").replace(/\]$/, "");
  const parts = host.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** 127.0.0.0/8, ::1 and "localhost". */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === "localhost" || host === "[::1]" || host === "::1") return true;
  return ipv4(host)?.[0] === 127;
}

/** Link-local (169.254.0.0/16 with the cloud metadata service, fe80::/10), "any" and metadata host names. */
export function isForbiddenHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "metadata.google.internal" || host === "metadata" || host === "0.0.0.0" || host === "::") return true;
  if (/^fe[89ab][0-9a-f]:/.test(host)) return true;
  const octets = ipv4(host);
  return octets !== null && ((octets[0] === 169 && octets[1] === 254) || octets[0] === 0);
}

/**
 * Where the simulator may fetch input pictures: loopback at all (tests only), and address prefixes
 * it is told to trust. The built-in vendor trusts the studio's own signed-link routes
 * (/api/public/…), which serve nothing without a valid signature, so a first frame or a reference
 * the studio hands it can be read while every other loopback service stays out of reach.
 */
export interface FetchPolicy {
  allowLoopback: boolean;
  trustedPrefixes: readonly string[];
}

/** A URL the simulator may fetch over the network (never its own files: those are read from disk). */
export function checkFetchableUrl(raw: string, policy: FetchPolicy): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "is not a valid URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "must be an http(s) URL" };
  if (url.username || url.password) return { ok: false, reason: "must not carry credentials" };
  if (isForbiddenHost(url.hostname)) return { ok: false, reason: "points to a link-local or metadata address" };
  // url.href is normalized (no "..", no default port), so a prefix cannot be walked out of.
  if (policy.trustedPrefixes.some((prefix) => url.href.startsWith(prefix))) return { ok: true, url };
  if (!policy.allowLoopback || !isLoopbackHost(url.hostname)) return { ok: false, reason: "must point to the simulator's own files (/sim/files/...)" };
  return { ok: true, url };
}
