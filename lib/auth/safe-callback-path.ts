// Where to go after sign-in: only a page of this studio. A link like /signin?callbackUrl=/\evil.com
// must not send someone elsewhere once they have typed their password (an open redirect).

// Browsers drop tabs and newlines inside URLs and read "\" as "/", so "/\evil.com" and
// "/<tab>/evil.com" become "//evil.com": another host. Encoded slashes and backslashes are
// refused, and so are encoded control characters: some routers and proxies decode once more
// before the browser sees the result.
const UNSAFE = /[\\\u0000-\u001f\u007f]|%2f|%5c|%[01][0-9a-f]|%7f/i;

// Any origin works for the comparison: it only has to be one the value cannot name itself.
const OWN_ORIGIN = "http://atelier.invalid";

export function safeCallbackPath(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !v.startsWith("/") || v.startsWith("//") || UNSAFE.test(v)) return "/";
  let url: URL;
  try {
    url = new URL(v, OWN_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== OWN_ORIGIN) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
