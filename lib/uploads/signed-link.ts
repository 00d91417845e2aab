// The HMAC behind the studio's signed, expiring links for vendors (uploads and studio images):
// the purpose ("upload", "image") is signed too, so one kind of link never opens the other.
import { createHmac, timingSafeEqual } from "node:crypto";
import { loadSecrets } from "@/lib/secrets";

export const SIGNED_LINK_LIFETIME_S = 2 * 60 * 60;

export function linkSignature(purpose: string, subject: string, expires: number): string {
  return createHmac("sha256", loadSecrets().nextAuthSecret).update(`${purpose}:${subject}:${expires}`).digest("base64url");
}

/** exp/sig query values: "exp=…&sig=…" for a link made at `now`. */
export function signedLinkQuery(purpose: string, subject: string, now: number): string {
  const expires = Math.floor(now / 1000) + SIGNED_LINK_LIFETIME_S;
  return `exp=${expires}&sig=${linkSignature(purpose, subject, expires)}`;
}

export function verifyLinkSignature(purpose: string, subject: string, exp: string | null, sig: string | null, now: number): boolean {
  const expires = Number(exp);
  if (!sig || !Number.isInteger(expires) || expires * 1000 < now) return false;
  const expected = Buffer.from(linkSignature(purpose, subject, expires));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
