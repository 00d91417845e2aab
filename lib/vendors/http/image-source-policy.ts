// SSRF guard for image downloads: a task's image URL comes from the vendor (or from a webhook
// anyone could have posted), so the server only fetches from the connection's own origin, the
// CDN hosts the vendor documents, and the hosts an admin listed on the connection; and, at
// connect time (lib/vendors/http/guarded-get.ts), never from a link-local or cloud metadata
// address, nor from a private one unless the connection itself lives on a private network.
import { isIP } from "node:net";
import { VendorError } from "../vendor-error";

export interface ImageSourcePolicy {
  /** The connection's origin (scheme, host and port of its base URL). */
  ownOrigin: string;
  /** Hosts the vendor documents for its images; only reached over https. */
  cdnHosts: readonly string[];
  /**
   * Hosts an admin allowed on the connection ("host" or "host:port", http or https): a
   * self-hosted proxy's CDN or object storage, a gateway's ServerAddress.
   */
  extraHosts?: readonly string[];
}

/** Discord's CDN: where Midjourney images live first (links expire after 24-72 h). */
export const DISCORD_CDN_HOSTS = ["cdn.discordapp.com", "media.discordapp.net"] as const;
/** TTAPI's CDN, old (before 2024-09-13) and current. */
export const TTAPI_CDN_HOSTS = ["cdnb.ttapi.io", "mjcdn.ttapi.io"] as const;
/** Midjourney's own CDN, which trueai-org/midjourney-proxy can link to instead of Discord. */
export const MIDJOURNEY_CDN_HOSTS = ["cdn.midjourney.com"] as const;

function defaultPort(protocol: string): string {
  return protocol === "https:" ? "443" : "80";
}

/** Whether an admin's "host[:port]" entry names this URL's host (and port, when it has one). */
function listedHostMatches(entry: string, url: URL): boolean {
  let listed: URL;
  try {
    listed = new URL(`http://${entry.trim().toLowerCase()}`);
  } catch {
    return false;
  }
  if (listed.hostname !== url.hostname.toLowerCase()) return false;
  const entryHasPort = /:\d+$/.test(entry.trim());
  const port = url.port || defaultPort(url.protocol);
  return entryHasPort ? listed.port === port || (listed.port === "" && port === "80") : url.port === "";
}

/** The parsed URL and whether it is on the connection's own origin; throws when it may not be fetched. */
export function checkImageSource(raw: string, policy: ImageSourcePolicy): { url: URL; ownOrigin: boolean } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new VendorError("BAD_REQUEST", `The image address "${raw.slice(0, 100)}" is not a URL.`);
  }
  if (url.username || url.password) throw new VendorError("BAD_REQUEST", "Image addresses with credentials are not fetched.");
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new VendorError("BAD_REQUEST", `Images are only fetched over http(s), not ${url.protocol}.`);
  if (url.origin === new URL(policy.ownOrigin).origin) return { url, ownOrigin: true };
  if (url.protocol === "https:" && policy.cdnHosts.includes(url.hostname.toLowerCase()) && (url.port === "" || url.port === "443")) {
    return { url, ownOrigin: false };
  }
  if (policy.extraHosts?.some((entry) => listedHostMatches(entry, url))) return { url, ownOrigin: false };
  throw new VendorError(
    "BAD_REQUEST",
    `Refusing to download an image from ${url.host}: only the vendor's own address, its documented image hosts and the image hosts an admin listed on ` +
      `the connection are allowed. If this vendor really serves its images from ${url.host}, add it as an image host of the connection.`,
  );
}

/** IPv4 as a 32-bit number, or undefined. */
function ipv4Number(address: string): number | undefined {
  if (isIP(address) !== 4) return undefined;
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function inV4(n: number, base: string, bits: number): boolean {
  const b = ipv4Number(base)!;
  const size = 2 ** (32 - bits);
  return Math.floor(n / size) === Math.floor(b / size);
}

/** An IPv6 address as eight 16-bit groups (an embedded IPv4 tail expanded), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase().split("%")[0];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipv4Number(v4[1]);
    if (n === undefined) return undefined;
    text = `${text.slice(0, -v4[1].length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const groups = tail === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 ? groups : undefined;
}

/** The IPv4 address an IPv6 address carries (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96). */
function embeddedV4(groups: number[]): string | undefined {
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (!mapped && !nat64) return undefined;
  return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join(".");
}

type AddressClass = "public" | "private" | "link-local" | "metadata" | "unusable";

function classifyV4(n: number): AddressClass {
  // Cloud metadata services: AWS/GCP/Azure 169.254.169.254 (link-local anyway), Alibaba Cloud 100.100.100.200.
  if (n === ipv4Number("100.100.100.200")) return "metadata";
  if (inV4(n, "169.254.0.0", 16)) return "link-local";
  if (inV4(n, "0.0.0.0", 8) || inV4(n, "224.0.0.0", 4) || inV4(n, "240.0.0.0", 4)) return "unusable";
  const privateRanges: [string, number][] = [
    ["127.0.0.0", 8],
    ["10.0.0.0", 8],
    ["172.16.0.0", 12],
    ["192.168.0.0", 16],
    ["100.64.0.0", 10],
  ];
  return privateRanges.some(([base, bits]) => inV4(n, base, bits)) ? "private" : "public";
}

function classifyAddress(address: string): AddressClass {
  const v4 = ipv4Number(address);
  if (v4 !== undefined) return classifyV4(v4);
  const groups = ipv6Groups(address);
  if (!groups) return "unusable";
  const inner = embeddedV4(groups);
  if (inner) return classifyV4(ipv4Number(inner)!);
  // AWS's IPv6 metadata endpoint fd00:ec2::254 sits inside the private fc00::/7 range.
  if (groups.join(":") === [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254].join(":")) return "metadata";
  if (groups.every((g) => g === 0)) return "unusable";
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return "private";
  if ((groups[0] & 0xffc0) === 0xfe80) return "link-local";
  if ((groups[0] & 0xff00) === 0xff00) return "unusable";
  if ((groups[0] & 0xfe00) === 0xfc00) return "private";
  return "public";
}

/** Loopback and private-network addresses (127/8, 10/8, 172.16/12, 192.168/16, 100.64/10, ::1, fc00::/7). */
export function isPrivateAddress(address: string): boolean {
  return classifyAddress(address) === "private";
}

/**
 * Why an image may not be fetched from this IP address, or undefined when it may. Link-local,
 * cloud metadata and unusable addresses are never reached; private ones only when
 * `allowPrivate` (the connection's own host is on a private network, e.g. a self-hosted proxy).
 */
export function addressRefusal(address: string, allowPrivate: boolean): string | undefined {
  switch (classifyAddress(address)) {
    case "public":
      return undefined;
    case "private":
      return allowPrivate ? undefined : "a private network address, and this connection's own address is public";
    case "link-local":
    case "metadata":
      return "a link-local or cloud metadata address";
    default:
      return "not a host address";
  }
}
