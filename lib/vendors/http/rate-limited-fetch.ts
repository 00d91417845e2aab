// Puts a rate limit in front of a vendor client's HTTP: every request to the vendor's own
// origin (its API, and images it serves itself) waits for `take()` first. Requests to other
// hosts (a CDN the vendor's images live on) are not API calls and pass straight through.

function originOf(input: Parameters<typeof fetch>[0]): string | undefined {
  const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  return URL.canParse(href) ? new URL(href).origin : undefined;
}

/** Waits for `take()` when `url` is on the vendor's own origin; anything else goes at once. */
export function vendorOriginThrottle(vendorBaseUrl: string, take: () => Promise<void>): (url: URL) => Promise<void> {
  const vendorOrigin = new URL(vendorBaseUrl).origin;
  return async (url) => {
    if (url.origin === vendorOrigin) await take();
  };
}

export function rateLimitedFetch(inner: typeof fetch, vendorBaseUrl: string, take: () => Promise<void>): typeof fetch {
  const throttle = vendorOriginThrottle(vendorBaseUrl, take);
  return async (input, init) => {
    const origin = originOf(input);
    if (origin) await throttle(new URL(origin));
    return inner(input, init);
  };
}
