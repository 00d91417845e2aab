// SSRF guard for image downloads: a task's image URL comes from the vendor (or from a webhook
// anyone could have posted), so the server only fetches from the connection's own origin or
// from the CDN hosts the vendor documents, never from an arbitrary address.
import { VendorError } from "../vendor-error";

export interface ImageSourcePolicy {
  /** The connection's origin (scheme, host and port of its base URL). */
  ownOrigin: string;
  /** Hosts the vendor documents for its images; only reached over https. */
  cdnHosts: readonly string[];
}

/** Discord's CDN: where Midjourney images live first (links expire after 24-72 h). */
export const DISCORD_CDN_HOSTS = ["cdn.discordapp.com", "media.discordapp.net"] as const;
/** TTAPI's CDN, old (before 2024-09-13) and current. */
export const TTAPI_CDN_HOSTS = ["cdnb.ttapi.io", "mjcdn.ttapi.io"] as const;

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
  throw new VendorError("BAD_REQUEST", `Refusing to download an image from ${url.host}: only the vendor's own address and its documented image hosts are allowed.`);
}
