// Puts a rate limit in front of a vendor client's HTTP: every request to the vendor's own
// origin (its API, and images it serves itself) waits for `take()` first. Requests to other
// hosts (a CDN the vendor's images live on) are not API calls and pass straight through.

function originOf(input: Parameters<typeof fetch>[0]): string | undefined {
  const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  return URL.canParse(href) ? new URL(href).origin : undefined;
}

export function rateLimitedFetch(inner: typeof fetch, vendorBaseUrl: string, take: () => Promise<void>): typeof fetch {
  const vendorOrigin = new URL(vendorBaseUrl).origin;
  return async (input, init) => {
    if (originOf(input) === vendorOrigin) await take();
    return inner(input, init);
  };
}
