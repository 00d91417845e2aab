// Downloads one vendor image: only from allowed hosts and addresses (also after redirects),
// only if it is an image, and never more than maxBytes. The vendor key goes only to the
// vendor's own origin.
import { isIP } from "node:net";
import type { DownloadedImage, DownloadMedia } from "../types";
import { VendorError } from "../vendor-error";
import { AddressRefusedError, guardedGet } from "./guarded-get";
import { httpStatusError } from "./http-status-error";
import type { HttpDeps } from "./http-types";
import { addressRefusal, checkImageSource, isPrivateAddress, type ImageSourcePolicy } from "./image-source-policy";
import { readBodyCapped } from "./read-body-capped";
import { withRetries } from "./request-with-retries";
import { networkError } from "./send-http-call";

const MAX_REDIRECTS = 3;

export interface DownloadOptions {
  vendor: string;
  policy: ImageSourcePolicy;
  /** Sent only to the connection's own origin (its key, its User-Agent). */
  ownHeaders: Record<string, string>;
  /** Sent everywhere (a User-Agent). */
  commonHeaders: Record<string, string>;
  timeoutMs: number;
  deps: HttpDeps;
  /** "video": only video/mp4 is accepted (a Midjourney clip); default "image": only image/*. */
  media?: DownloadMedia;
}

interface Hop {
  status: number;
  headers: Headers;
  image?: DownloadedImage;
}

/**
 * Private addresses are reachable only when the connection itself is on one (a self-hosted
 * proxy on the LAN, or this machine): a public vendor has no business sending the studio to
 * the studio's own network.
 */
async function ownHostIsPrivate(ownOrigin: string, deps: HttpDeps): Promise<boolean> {
  const hostname = new URL(ownOrigin).hostname.replace(/^\[|\]$/g, "");
  if (isIP(hostname)) return isPrivateAddress(hostname);
  try {
    const addresses = await deps.lookup(hostname);
    return addresses.length > 0 && addresses.every((a) => isPrivateAddress(a.address));
  } catch {
    return false;
  }
}

async function fetchOnce(url: URL, ownOrigin: boolean, maxBytes: number, options: DownloadOptions, allowPrivate: boolean): Promise<Hop> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const video = options.media === "video";
  const headers = { Accept: video ? "video/mp4" : "image/*", ...options.commonHeaders, ...(ownOrigin ? options.ownHeaders : {}) };
  try {
    await options.deps.throttle(url);
    const response = await guardedGet(url, { headers, signal }, options.deps, (address) => addressRefusal(address, allowPrivate));
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, headers: response.headers };
    }
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    // A clip must be an MP4 and nothing else: the studio serves it back as video/mp4.
    if (video ? contentType !== "video/mp4" : !contentType.startsWith("image/")) {
      await response.body?.cancel().catch(() => undefined);
      const wanted = video ? "video (video/mp4)" : "image";
      throw new VendorError(
        "VENDOR_ERROR",
        `${options.vendor} answered the ${wanted} request with ${contentType || "no content type"}, not an ${video ? "MP4 video" : "image"}.`,
      );
    }
    const bytes = await readBodyCapped(response, maxBytes, video ? "video" : "image");
    return { status: 200, headers: response.headers, image: { bytes, contentType } };
  } catch (error) {
    if (error instanceof VendorError) throw error;
    if (error instanceof AddressRefusedError) {
      throw new VendorError("BAD_REQUEST", `Refusing to download an image from ${url.host}: ${error.message}.`);
    }
    throw networkError(error, { method: "GET", url: url.href, headers: {}, timeoutMs: options.timeoutMs, idempotent: true }, signal);
  }
}

export async function downloadImage(raw: string, maxBytes: number, options: DownloadOptions): Promise<DownloadedImage> {
  let target = checkImageSource(raw, options.policy);
  const allowPrivate = await ownHostIsPrivate(options.policy.ownOrigin, options.deps);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const current = target;
    const answer = await withRetries(true, options.deps, () => fetchOnce(current.url, current.ownOrigin, maxBytes, options, allowPrivate));
    if (answer.image) return answer.image;
    const location = answer.headers.get("location");
    if (answer.status >= 300 && answer.status < 400 && location) {
      // Every hop is checked again: a redirect must not lead the server somewhere it may not go.
      target = checkImageSource(new URL(location, current.url).href, options.policy);
      continue;
    }
    if (answer.status === 404 || answer.status === 410) {
      throw new VendorError("NOT_FOUND", `${options.vendor} no longer has this image (HTTP ${answer.status}); vendor links expire.`, {
        httpStatus: answer.status,
      });
    }
    throw httpStatusError(answer.status, undefined, { vendor: options.vendor, what: "the image download", idempotent: true });
  }
  throw new VendorError("VENDOR_ERROR", `${options.vendor} redirected the image download more than ${MAX_REDIRECTS} times.`);
}
