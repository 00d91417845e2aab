// A reference image a prompt uses, kept in an imagine job's params: where it goes (an image
// prompt, --sref, --oref or --cref) and which image it is: a studio image (imageId, picked from
// the gallery) or an upload (uploadKey, dropped, pasted or chosen from disk). At submit each
// becomes a short-lived signed address the vendor fetches; the stored prompt never holds one.
import { z } from "zod";

export const REFERENCE_SLOTS = ["image", "sref", "oref", "cref"] as const;
export type ReferenceSlot = (typeof REFERENCE_SLOTS)[number];

/** How many images each slot takes (image prompts count with the upload keys and URLs too). */
export const REFERENCE_SLOT_LIMITS: Record<ReferenceSlot, number> = { image: 5, sref: 5, oref: 1, cref: 5 };

export const REFERENCE_SLOT_NAMES: Record<ReferenceSlot, string> = {
  image: "Image prompt",
  sref: "Style reference",
  oref: "Omni reference",
  cref: "Character reference",
};

export const imageReferenceSchema = z
  .object({
    slot: z.enum(REFERENCE_SLOTS, { message: "A reference goes in one of: image prompt, style, omni or character reference." }),
    imageId: z.string().trim().min(1).max(64).optional(),
    uploadKey: z.string().trim().min(1).max(300).optional(),
  })
  .refine((r) => (r.imageId === undefined) !== (r.uploadKey === undefined), "A reference is either a gallery image or an upload (exactly one).");

export type ImageReference = z.infer<typeof imageReferenceSchema>;
