"use client";

/* eslint-disable @next/next/no-img-element -- small thumbnails of the user's own gallery images, already sized by the thumb route */
import { useId, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { ACCEPTED_IMAGE_TYPES, imageFiles } from "@/components/upload/upload-image";
import { UploadPreviews } from "@/components/upload/upload-previews";
import { capsLabel, cn } from "@/components/ui/styles";
import { GalleryPicker } from "./gallery-picker";
import type { SlotState } from "./use-reference-slots";

interface Props {
  title: string;
  flag: string;
  slot: SlotState;
  /** Why the chosen version does not take this slot, or null. */
  warning: string | null;
  children?: ReactNode;
}

/** One reference slot: drop, paste or pick images into it; gallery picks show as thumbnails; its weight controls below. */
export function ReferenceSlot({ title, flag, slot, warning, children }: Props) {
  const ids = { title: useId(), file: useId() };
  return (
    <section aria-labelledby={ids.title} className={cn("rounded-xl border border-white/10 p-3", warning ? "border-amber-400/30" : "")}>
      <h3 id={ids.title} className={capsLabel}>
        {title} <span className="font-mono normal-case text-neutral-600">--{flag}</span>
      </h3>
      {warning && (
        <p role="note" className="mt-1 flex items-start gap-1.5 text-xs text-amber-300">
          <Icon name="alert" className="mt-0.5 size-3.5 shrink-0" />
          {warning}
        </p>
      )}
      <div
        tabIndex={0}
        aria-label={`${title}: drop or paste images here`}
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          const files = imageFiles(event.dataTransfer.files);
          if (files.length === 0) return;
          // The composer form takes drops as image prompts: a drop on a slot is this slot's.
          event.preventDefault();
          event.stopPropagation();
          slot.addFiles(files);
        }}
        onPaste={(event) => {
          const files = imageFiles(event.clipboardData.items);
          if (files.length === 0) return;
          event.preventDefault();
          slot.addFiles(files);
        }}
        className={cn(
          "mt-2 flex min-h-20 flex-wrap items-center gap-2 rounded-lg border border-dashed border-white/15 p-2",
          "focus-visible:outline-2 focus-visible:outline-accent",
        )}
      >
        {slot.imageIds.map((imageId, i) => (
          <span key={imageId} className="relative size-16 overflow-hidden rounded-lg border border-white/10 bg-ink-850">
            <img src={`/api/images/${imageId}/thumb`} alt={`${title} ${i + 1} from the gallery`} className="size-full object-cover" />
            <button
              type="button"
              onClick={() => slot.removeImage(imageId)}
              aria-label={`Remove ${title.toLowerCase()} ${i + 1}`}
              className="absolute right-0.5 top-0.5 grid size-5 place-items-center rounded-full bg-black/70 text-neutral-200 hover:text-white"
            >
              <Icon name="close" className="size-3" />
            </button>
          </span>
        ))}
        <UploadPreviews items={slot.uploads} onRemove={slot.removeUpload} size="sm" />
        <label
          htmlFor={ids.file}
          className={cn(
            "inline-flex cursor-pointer items-center gap-1.5 rounded-lg px-2 py-1 text-xs text-neutral-400 hover:text-white",
            "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent",
            slot.full ? "pointer-events-none opacity-50" : "",
          )}
        >
          <Icon name="image" className="size-4" />
          {slot.count === 0 ? "Drop, paste or pick an image" : "Add"}
          <input
            id={ids.file}
            type="file"
            multiple={flag !== "oref"}
            accept={ACCEPTED_IMAGE_TYPES}
            className="sr-only"
            disabled={slot.full}
            onChange={(event) => {
              slot.addFiles(imageFiles(event.currentTarget.files));
              event.currentTarget.value = "";
            }}
          />
        </label>
      </div>
      <div className="mt-2">
        <GalleryPicker label={title} disabled={slot.full && flag !== "oref"} onPick={slot.addImage} />
      </div>
      {children && <div className="mt-3 grid gap-3">{children}</div>}
    </section>
  );
}
