// How midjourney-proxy servers fill their URL fields: blank strings for "none", and either
// absolute addresses or paths on the server's own address (New API's /mj/image/{id}).

export function nonEmpty(value: string | null | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** An absolute http(s) address as given, a path resolved against the vendor's base URL, else undefined. */
export function absolute(raw: string | undefined, baseUrl: string): string | undefined {
  if (!raw) return undefined;
  if (/^https?:\/\//i.test(raw)) return raw;
  if (raw.startsWith("/")) return new URL(raw, baseUrl).href;
  return undefined;
}
