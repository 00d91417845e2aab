"use client";

import { useState } from "react";
import { useImageUploads, type UploadItem } from "@/components/upload/use-image-uploads";
import { REFERENCE_SLOT_LIMITS, type ImageReference, type ReferenceSlot } from "@/lib/domain/image-reference";

/** The slots with images of their own (image prompts keep the composer's existing uploads). */
export const IMAGE_SLOTS = ["sref", "oref", "cref"] as const satisfies readonly ReferenceSlot[];
export type ImageSlot = (typeof IMAGE_SLOTS)[number];

export interface SlotState {
  /** Gallery images in this slot (by studio image id). */
  imageIds: string[];
  uploads: UploadItem[];
  addFiles: (files: File[]) => void;
  /** A gallery pick (the omni slot's one image is replaced). */
  addImage: (imageId: string) => void;
  removeImage: (imageId: string) => void;
  removeUpload: (id: string) => void;
  count: number;
  full: boolean;
}

/**
 * The composer's reference slots: gallery images (ids, e.g. from "Use as style reference") and
 * uploads (drop, paste or pick) per slot, and gallery image prompts. `references` is what the
 * imagine action gets.
 */
export function useReferenceSlots(initial: ImageReference[]) {
  const [gallery, setGallery] = useState(() => initial.filter((r) => r.imageId));
  const uploads = { sref: useImageUploads(REFERENCE_SLOT_LIMITS.sref), oref: useImageUploads(1), cref: useImageUploads(REFERENCE_SLOT_LIMITS.cref) };

  const imageIds = (slot: ReferenceSlot) => gallery.filter((r) => r.slot === slot).map((r) => r.imageId!);
  const removeImage = (slot: ReferenceSlot, imageId: string) => setGallery((g) => g.filter((r) => !(r.slot === slot && r.imageId === imageId)));

  const slot = (name: ImageSlot): SlotState => {
    const ids = imageIds(name);
    const count = ids.length + uploads[name].items.length;
    return {
      imageIds: ids,
      uploads: uploads[name].items,
      // The omni slot holds one image: a new one replaces a gallery pick too.
      addFiles: (files) => {
        if (name === "oref" && files.length > 0) setGallery((g) => g.filter((r) => r.slot !== "oref"));
        uploads[name].add(files);
      },
      addImage: (imageId) => {
        if (name === "oref") uploads.oref.clear();
        setGallery((g) => [...g.filter((r) => (name === "oref" ? r.slot !== "oref" : !(r.slot === name && r.imageId === imageId))), { slot: name, imageId }]);
      },
      removeImage: (imageId) => removeImage(name, imageId),
      removeUpload: uploads[name].remove,
      count,
      full: count >= REFERENCE_SLOT_LIMITS[name],
    };
  };

  const references: ImageReference[] = [
    ...gallery,
    ...IMAGE_SLOTS.flatMap((name) => uploads[name].ready.map((u) => ({ slot: name, uploadKey: u.key! }) satisfies ImageReference)),
  ];

  return {
    slots: { sref: slot("sref"), oref: slot("oref"), cref: slot("cref") } satisfies Record<ImageSlot, SlotState>,
    /** Gallery image prompts (the "image" slot). */
    imagePromptIds: imageIds("image"),
    removeImagePrompt: (imageId: string) => removeImage("image", imageId),
    references,
    /** Slots that hold at least one image, for the version check. */
    filledSlots: IMAGE_SLOTS.filter((name) => imageIds(name).length + uploads[name].items.length > 0),
    uploading: IMAGE_SLOTS.some((name) => uploads[name].uploading),
    clear: () => {
      setGallery([]);
      IMAGE_SLOTS.forEach((name) => uploads[name].clear());
    },
  };
}
