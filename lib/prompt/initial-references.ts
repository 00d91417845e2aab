// The Create page's ?sref=<imageId> (and ?oref=, ?cref=, ?image=) links, as the composer's
// starting reference slots: "Use as style reference" on a job or gallery image lands here.
// Ids that do not look like ids are dropped; whether the person may use the image is the
// imagine action's check.
import { REFERENCE_SLOTS, type ImageReference } from "@/lib/domain/image-reference";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function initialReferences(searchParams: Record<string, string | string[] | undefined>): ImageReference[] {
  return REFERENCE_SLOTS.flatMap((slot) => {
    const raw = searchParams[slot];
    const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
    return [...new Set(values)].filter((id) => ID.test(id)).map((imageId) => ({ slot, imageId }));
  });
}
