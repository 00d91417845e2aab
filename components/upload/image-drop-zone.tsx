"use client";

import { useEffect, useId, useState } from "react";
import { ACCEPTED_IMAGE_TYPES, imageFiles } from "./upload-image";
import { cn } from "@/components/ui/styles";

interface Props {
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  /** The file picker's accessible name, e.g. "Choose images". */
  pickLabel: string;
  title: string;
  hint?: string;
  /** Also take images pasted anywhere on the page (Ctrl/Cmd+V). */
  acceptPaste?: boolean;
}

/** Drop, pick or paste images. */
export function ImageDropZone({ onFiles, multiple = false, pickLabel, title, hint, acceptPaste = true }: Props) {
  const [dragging, setDragging] = useState(false);
  const inputId = useId();

  useEffect(() => {
    if (!acceptPaste) return;
    const onPaste = (event: ClipboardEvent) => {
      const files = imageFiles(event.clipboardData?.items);
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, [acceptPaste, onFiles]);

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles(imageFiles(event.dataTransfer.files));
      }}
      className={cn(
        "grid place-items-center rounded-2xl border border-dashed px-6 py-10 text-center transition-colors",
        dragging ? "border-accent bg-accent/10" : "border-white/15 bg-ink-900/60",
      )}
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="size-9 text-neutral-500"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M4 16.5V18a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-1.5M12 4v11M7.5 8.5 12 4l4.5 4.5" />
      </svg>
      <p className="mt-3 text-sm font-medium text-neutral-200">{title}</p>
      {hint && <p className="mt-1 text-xs text-neutral-500">{hint}</p>}
      <label
        htmlFor={inputId}
        className={cn(
          "mt-4 inline-flex cursor-pointer items-center rounded-lg border border-white/10 bg-ink-800 px-4 py-2",
          "text-sm font-medium text-neutral-100 hover:bg-ink-700 has-[:focus-visible]:outline-2",
          "has-[:focus-visible]:outline-accent",
        )}
      >
        {pickLabel}
        <input
          id={inputId}
          type="file"
          accept={ACCEPTED_IMAGE_TYPES}
          multiple={multiple}
          className="sr-only"
          onChange={(event) => {
            onFiles(imageFiles(event.currentTarget.files));
            event.currentTarget.value = "";
          }}
        />
      </label>
    </div>
  );
}
