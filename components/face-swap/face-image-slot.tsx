"use client";

import { UploadFigure } from "@/components/upload/upload-figure";
import { ImageDropZone } from "@/components/upload/image-drop-zone";
import type { UploadItem } from "@/components/upload/use-image-uploads";
import { capsLabel } from "@/components/ui/styles";

interface Props {
  /** "Face" or "Target image": the slot's name, also in its controls' accessible names. */
  label: string;
  hint: string;
  item: UploadItem | undefined;
  onFiles: (files: File[]) => void;
}

/** One of face swap's two images: its preview and upload state, and a drop zone to set or replace it. */
export function FaceImageSlot({ label, hint, item, onFiles }: Props) {
  const lower = label.toLowerCase();
  return (
    <section aria-label={label} className="space-y-3">
      <h2 className={capsLabel}>{label}</h2>
      <p className="text-xs text-neutral-500">{hint}</p>
      {item && <UploadFigure item={item} alt={`${label}: ${item.name}`} maxHeight="max-h-72" />}
      {/* Two drop zones on one page: a paste could mean either, so neither takes pastes. */}
      <ImageDropZone
        onFiles={onFiles}
        acceptPaste={false}
        pickLabel={item ? `Choose another ${lower}` : `Choose the ${lower}`}
        title={item ? `Drop another image to replace the ${lower}` : `Drop the ${lower} here or choose a file`}
        hint="PNG, JPEG, WebP or GIF, up to 10 MB"
      />
    </section>
  );
}
