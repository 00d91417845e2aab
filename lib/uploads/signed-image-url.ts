// Short-lived signed links to one of the studio's own images (a gallery image used as a style,
// omni or character reference): Midjourney takes references only as addresses it can fetch. The
// signature, not a session, is what lets the vendor in; it names the image id and the expiry,
// and its "image:" purpose keeps an upload's signature from opening an image and back.
import { createHmac, timingSafeEqual } from "node:crypto";
import { loadSecrets } from "@/lib/secrets";
import { vendorFacingOrigin } from "./signed-upload-url";

const LIFETIME_S = 2 * 60 * 60;

function signature(imageId: string, expires: number): string {
  return createHmac("sha256", loadSecrets().nextAuthSecret).update(`image:${imageId}:${expires}`).digest("base64url");
}

/** /api/public/images/<id>?exp=…&sig=… on the origin the vendor reaches, or null when it has none. */
export function signedImageUrl(imageId: string, vendorBaseUrl: string, now = Date.now()): string | null {
  const origin = vendorFacingOrigin(vendorBaseUrl);
  if (!origin) return null;
  const expires = Math.floor(now / 1000) + LIFETIME_S;
  return `${origin}/api/public/images/${encodeURIComponent(imageId)}?exp=${expires}&sig=${signature(imageId, expires)}`;
}

export function verifyImageSignature(imageId: string, exp: string | null, sig: string | null, now = Date.now()): boolean {
  const expires = Number(exp);
  if (!sig || !Number.isInteger(expires) || expires * 1000 < now) return false;
  const expected = Buffer.from(signature(imageId, expires));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
