// Reference slots as the addresses a vendor fetches: a gallery image's signed studio link, or an
// upload's. Made at submit (links expire in two hours), never stored. Midjourney takes --sref,
// --oref and --cref only as addresses, so every protocol gets links, not base64.
import type { ImageReference, ReferenceSlot } from "@/lib/domain/image-reference";
import { signedImageUrl } from "@/lib/uploads/signed-image-url";
import { signedUploadUrl } from "@/lib/uploads/signed-upload-url";

export const NO_PUBLIC_ADDRESS = "This vendor can only fetch image references from a public address: an admin needs to set PUBLIC_URL.";

/** Signed links for one slot's references, in order; null when the vendor cannot reach the studio. */
export function referenceLinks(references: readonly ImageReference[], slot: ReferenceSlot, vendorBaseUrl: string): string[] | null {
  const links: string[] = [];
  for (const reference of references) {
    if (reference.slot !== slot) continue;
    const link = reference.imageId ? signedImageUrl(reference.imageId, vendorBaseUrl) : signedUploadUrl(reference.uploadKey ?? "", vendorBaseUrl);
    if (!link) return null;
    links.push(link);
  }
  return links;
}
