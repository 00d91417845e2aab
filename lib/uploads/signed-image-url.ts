// Short-lived signed links to one of the studio's own images (a gallery image used as a style,
// omni or character reference): Midjourney takes references only as addresses it can fetch. The
// signature, not a session, is what lets the vendor in; it names the image id and the expiry.
import { signedLinkQuery, verifyLinkSignature } from "./signed-link";
import { vendorFacingOrigin } from "./signed-upload-url";

/** /api/public/images/<id>?exp=…&sig=… on the origin the vendor reaches, or null when it has none. */
export function signedImageUrl(imageId: string, vendorBaseUrl: string, now = Date.now()): string | null {
  const origin = vendorFacingOrigin(vendorBaseUrl);
  if (!origin) return null;
  return `${origin}/api/public/images/${encodeURIComponent(imageId)}?${signedLinkQuery("image", imageId, now)}`;
}

export function verifyImageSignature(imageId: string, exp: string | null, sig: string | null, now = Date.now()): boolean {
  return verifyLinkSignature("image", imageId, exp, sig, now);
}
