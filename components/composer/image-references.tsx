"use client";

/* eslint-disable @next/next/no-img-element -- small thumbnails of gallery images, already sized by the thumb route */
import { useId, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { ACCEPTED_IMAGE_TYPES, imageFiles } from "@/components/upload/upload-image";
import { UploadPreviews } from "@/components/upload/upload-previews";
import type { UploadItem } from "@/components/upload/use-image-uploads";
import { cn, inputBase, capsLabel } from "@/components/ui/styles";

interface Props {
  count: number;
  onUpload: (files: File[]) => void;
  urls: string[];
  onUrlsChange: (urls: string[]) => void;
}

const MAX_REFS = 5;

function validUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Image prompts: uploads (pick, drop or paste into the prompt) and public image URLs. */
export function ImageReferences({ count, onUpload, urls, onUrlsChange }: Props) {
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const ids = { file: useId(), url: useId() };
  const full = count >= MAX_REFS;

  const addUrl = () => {
    const url = validUrl(draft);
    if (!url) return setError("Image references must be http(s) URLs, e.g. https://example.com/cat.png.");
    if (full) return setError(`At most ${MAX_REFS} image references.`);
    setError(null);
    if (!urls.includes(url)) onUrlsChange([...urls, url]);
    setDraft("");
  };

  return (
    <section aria-labelledby={`${ids.url}-title`} className="md:col-span-2 xl:col-span-3">
      <h3 id={`${ids.url}-title`} className={capsLabel}>
        Image references
      </h3>
      <div className="mt-2 flex flex-wrap items-start gap-2">
        <label
          htmlFor={ids.file}
          className={cn(
            "inline-flex cursor-pointer items-center gap-2 rounded-lg border border-white/10 bg-ink-850 px-3 py-2",
            "text-sm text-neutral-200 hover:border-white/25 has-[:focus-visible]:outline-2",
            "has-[:focus-visible]:outline-accent",
            full ? "pointer-events-none opacity-50" : "",
          )}
        >
          <Icon name="image" />
          Upload image reference
          <input
            id={ids.file}
            type="file"
            multiple
            accept={ACCEPTED_IMAGE_TYPES}
            className="sr-only"
            disabled={full}
            onChange={(e) => {
              onUpload(imageFiles(e.currentTarget.files));
              e.currentTarget.value = "";
            }}
          />
        </label>
        <div className="flex min-w-64 flex-1 gap-2">
          <label htmlFor={ids.url} className="sr-only">
            Image URL
          </label>
          <input
            id={ids.url}
            type="url"
            value={draft}
            placeholder="https://… image URL"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                addUrl();
              }
            }}
            className={inputBase}
            aria-invalid={error ? true : undefined}
          />
          <button type="button" onClick={addUrl} className="shrink-0 rounded-lg border border-white/10 bg-ink-800 px-3 py-2 text-sm hover:bg-ink-700">
            Add URL
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-xs text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}

/** The chosen image prompts (uploads, gallery images, URLs), each removable. */
export function ReferenceChips({
  uploads,
  onRemoveUpload,
  urls,
  onUrlsChange,
  galleryImages = [],
  onRemoveGalleryImage,
}: {
  uploads: UploadItem[];
  onRemoveUpload: (id: string) => void;
  urls: string[];
  onUrlsChange: (urls: string[]) => void;
  galleryImages?: string[];
  onRemoveGalleryImage?: (imageId: string) => void;
}) {
  if (uploads.length === 0 && urls.length === 0 && galleryImages.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 px-2 pb-2 pt-1">
      <UploadPreviews items={uploads} onRemove={onRemoveUpload} size="sm" />
      {galleryImages.map((imageId, i) => (
        <span key={imageId} className="relative size-16 overflow-hidden rounded-xl border border-white/10 bg-ink-850">
          <img src={`/api/images/${imageId}/thumb`} alt={`Image prompt ${i + 1} from the gallery`} className="size-full object-cover" />
          <button
            type="button"
            onClick={() => onRemoveGalleryImage?.(imageId)}
            aria-label={`Remove gallery image prompt ${i + 1}`}
            className="absolute right-1 top-1 grid size-5 place-items-center rounded-full bg-black/70 text-neutral-200 hover:text-white"
          >
            <Icon name="close" className="size-3" />
          </button>
        </span>
      ))}
      {urls.map((url, i) => (
        <span
          key={url}
          className="inline-flex max-w-64 items-center gap-2 rounded-lg border border-white/10 bg-ink-850 py-1 pl-2 pr-1 text-xs text-neutral-300"
        >
          <Icon name="link" className="size-3.5 shrink-0" />
          <span className="truncate" title={url}>
            {new URL(url).hostname}
            {new URL(url).pathname}
          </span>
          <button
            type="button"
            aria-label={`Remove image URL ${i + 1}`}
            onClick={() => onUrlsChange(urls.filter((u) => u !== url))}
            className="grid size-5 place-items-center rounded hover:bg-white/10"
          >
            <Icon name="close" className="size-3" />
          </button>
        </span>
      ))}
    </div>
  );
}
