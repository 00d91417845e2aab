// Who is on the other end of a request, for the per-address sign-in limit. X-Forwarded-For is
// whatever the client wrote unless a proxy we know put it there: it is believed only when the
// socket belongs to one of TRUSTED_PROXIES (comma-separated IPs and CIDR ranges; default none,
// so the socket address counts). The production server (scripts/server.ts) stamps the result
// on every request as CLIENT_IP_HEADER, replacing anything a client sent under that name.
import type { IncomingMessage } from "node:http";
import net from "node:net";
import { services } from "@/lib/server/services";

export const CLIENT_IP_HEADER = "x-atelier-client-ip";

export interface TrustedProxies {
  list: net.BlockList;
  size: number;
}

const family = (type: number): "ipv4" | "ipv6" => (type === 4 ? "ipv4" : "ipv6");

/** Parses TRUSTED_PROXIES; throws an Error naming the first entry that is not an IP or a CIDR range. */
export function parseTrustedProxies(text: string | undefined | null): TrustedProxies {
  const list = new net.BlockList();
  const entries = String(text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split("/");
    const type = net.isIP(address);
    const bits = Number(prefix);
    if (!type || extra !== undefined || (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || bits > (type === 4 ? 32 : 128)))) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8`);
    }
    if (prefix === undefined) list.addAddress(address, family(type));
    else list.addSubnet(address, bits, family(type));
  }
  return { list, size: entries.length };
}

/** An address as one canonical string: IPv4-mapped IPv6 as IPv4, ports and brackets dropped; null if not an IP. */
export function normalizeIp(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let ip = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(ip)) ip = ip.slice(7);
  return net.isIP(ip) ? ip.toLowerCase() : null;
}

function isTrusted(trusted: TrustedProxies, ip: string): boolean {
  return trusted.size > 0 && trusted.list.check(ip, family(net.isIP(ip)));
}

/**
 * The client's address: the socket's; when that is a trusted proxy, the right-most
 * X-Forwarded-For entry, and so on leftwards while the hops are trusted proxies too. Entries
 * left of the first untrusted hop were written by the client and are never read.
 */
export function resolveClientIp(socketAddress: string | undefined | null, forwardedFor: string | undefined | null, trusted: TrustedProxies): string | null {
  let ip = normalizeIp(socketAddress);
  if (!ip) return null;
  const hops = String(forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 0 && isTrusted(trusted, ip)) {
    const next = normalizeIp(hops.pop());
    // A proxy that forwards garbage: the proxy itself is the best we know.
    if (!next) break;
    ip = next;
  }
  return ip;
}

/** For scripts/server.ts: a function that stamps the client's address on each request. */
export function createClientIpStamp(trustedProxies = process.env.TRUSTED_PROXIES): (req: IncomingMessage) => void {
  const trusted = parseTrustedProxies(trustedProxies);
  // Route handlers in this process may now believe the header: only this server sets it.
  services().clientIpStamped = true;
  return (req) => {
    const forwarded = req.headers["x-forwarded-for"];
    const ip = resolveClientIp(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trusted);
    delete req.headers[CLIENT_IP_HEADER];
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;
  };
}

/**
 * The stamped client address from a request's headers, or null when no stamping server is in
 * front (`next dev`): then the header could come from the client itself and is ignored.
 */
export function stampedClientIp(headers: Headers | Record<string, unknown> | undefined | null): string | null {
  if (!services().clientIpStamped) return null;
  // A Headers object (route handlers) or a plain record (next-auth's authorize()).
  const value =
    typeof headers?.get === "function" ? (headers as Headers).get(CLIENT_IP_HEADER) : (headers as Record<string, unknown> | undefined)?.[CLIENT_IP_HEADER];
  return normalizeIp(Array.isArray(value) ? value[0] : value);
}
