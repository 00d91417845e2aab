import "server-only";
import { db } from "@/lib/db";
import { verifyImageSignature } from "@/lib/uploads/signed-image-url";

export type SignedImageLookup = { ok: true; storageKey: string; mime: string } | { ok: false; reason: "bad-signature" | "not-found" };

/**
 * The stored file behind a signed image link. The caller here is a vendor with no session: the
 * link's signature (id and expiry, made at submit for someone allowed to see the image) is the
 * check. An image of a trashed or deleted job, or a video clip, is not found.
 */
export async function getImageForSignedLink(imageId: string, exp: string | null, sig: string | null): Promise<SignedImageLookup> {
  if (!verifyImageSignature(imageId, exp, sig)) return { ok: false, reason: "bad-signature" };
  const row = await db.image.findFirst({ where: { id: imageId, job: { deletedAt: null } }, select: { storageKey: true, mime: true } });
  return row && row.mime.startsWith("image/") ? { ok: true, ...row } : { ok: false, reason: "not-found" };
}
