// Short-lived signed links to a user's upload, for vendors that take image references only
// as URLs (TTAPI). The vendor fetches the image; nobody else can guess or reuse the link.
import { env } from "@/lib/env";
import { signedLinkQuery, verifyLinkSignature } from "./signed-link";

/** The studio's origin as a vendor at `vendorBaseUrl` reaches it (see signedUploadUrl), or null. */
export function vendorFacingOrigin(vendorBaseUrl: string): string | null {
  const { PUBLIC_URL, PORT } = env();
  const vendorHost = new URL(vendorBaseUrl).hostname;
  const loopback = vendorHost === "127.0.0.1" || vendorHost === "localhost" || vendorHost === "[::1]";
  return PUBLIC_URL?.replace(/\/$/, "") ?? (loopback ? `http://127.0.0.1:${PORT}` : null);
}

/**
 * The public URL of an upload as a vendor at `vendorBaseUrl` can reach it: under PUBLIC_URL,
 * or on loopback for a vendor on this machine (the built-in simulator). null when the vendor
 * is elsewhere and the studio has no public address.
 */
export function signedUploadUrl(key: string, vendorBaseUrl: string, now = Date.now()): string | null {
  const origin = vendorFacingOrigin(vendorBaseUrl);
  if (!origin) return null;
  return `${origin}/api/public/uploads/${key}?${signedLinkQuery("upload", key, now)}`;
}

export function verifyUploadSignature(key: string, exp: string | null, sig: string | null, now = Date.now()): boolean {
  return verifyLinkSignature("upload", key, exp, sig, now);
}
