// The origin image URLs are built from. Behind a reverse proxy the request URL carries the
// internal address, so the forwarded host and scheme win when present.

export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (host && /^[a-z0-9.\-:[\]]+$/i.test(host)) return `${proto === "https" ? "https" : url.protocol.replace(":", "")}://${host}`;
  return url.origin;
}
