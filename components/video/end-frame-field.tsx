"use client";

import { useId } from "react";
import { ACCEPTED_IMAGE_TYPES, imageFiles } from "@/components/upload/upload-image";
import { cn } from "@/components/ui/styles";
import { UploadPreviews } from "@/components/upload/upload-previews";
import type { useImageUploads } from "@/components/upload/use-image-uploads";

/** An optional last frame for Animate: an image of your own the clip ends on (not with Loop). */
export function EndFrameField({ uploads, disabled }: { uploads: ReturnType<typeof useImageUploads>; disabled: boolean }) {
  const id = useId();
  return (
    <div className="space-y-2">
      {uploads.items.length === 0 ? (
        <label
          htmlFor={id}
          className={cn(
            "inline-flex cursor-pointer items-center gap-2 text-sm text-neutral-300 hover:text-white",
            "has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent",
          )}
        >
          End on an image of my own (optional)
          <input
            id={id}
            type="file"
            accept={ACCEPTED_IMAGE_TYPES}
            disabled={disabled}
            className="sr-only"
            onChange={(event) => {
              uploads.add(imageFiles(event.currentTarget.files));
              event.currentTarget.value = "";
            }}
          />
        </label>
      ) : (
        <>
          <p className="text-xs font-medium text-neutral-400">End frame</p>
          <UploadPreviews items={uploads.items} onRemove={uploads.remove} size="sm" />
        </>
      )}
      {uploads.notice && (
        <p role="alert" className="text-sm text-red-300">
          {uploads.notice}
        </p>
      )}
    </div>
  );
}
