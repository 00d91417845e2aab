// Admins paste base URLs in many forms ("https://api.ttapi.io/", ".../midjourney/v1", ".../mj").
// The adapters add their own paths, so the base is reduced to what comes before them.

/** The base URL without trailing slashes and without the protocol's own path prefix. */
export function vendorBaseUrl(raw: string, protocolPrefixes: readonly string[]): string {
  let base = raw.trim().replace(/\/+$/, "");
  for (const prefix of protocolPrefixes) {
    if (base.toLowerCase().endsWith(prefix)) base = base.slice(0, -prefix.length).replace(/\/+$/, "");
  }
  return base;
}
