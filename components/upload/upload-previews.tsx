"use client";

/* eslint-disable @next/next/no-img-element -- local blob: previews, not served images */
import type { UploadItem } from "./use-image-uploads";

/** Thumbnails of the chosen images, with their upload state and a remove button each. */
export function UploadPreviews({ items, onRemove, size = "md" }: { items: UploadItem[]; onRemove: (id: string) => void; size?: "sm" | "md" }) {
  if (items.length === 0) return null;
  const box = size === "sm" ? "size-16" : "size-28 sm:size-32";
  return (
    <ul className="flex flex-wrap gap-3" aria-label="Chosen images">
      {items.map((item, i) => (
        <li key={item.id} className={`relative ${box} overflow-hidden rounded-xl border border-white/10 bg-ink-850`}>
          <img src={item.previewUrl} alt={`Image ${i + 1}: ${item.name}`} className="size-full object-cover" />
          {item.status === "uploading" && (
            <span className="absolute inset-0 grid place-items-center bg-black/50 text-[11px] text-neutral-200" role="status">
              Uploading…
            </span>
          )}
          {item.status === "error" && (
            <span className="absolute inset-x-0 bottom-0 bg-red-950/90 px-1.5 py-1 text-[10px] leading-tight text-red-200" role="alert">
              {item.error}
            </span>
          )}
          <button
            type="button"
            onClick={() => onRemove(item.id)}
            aria-label={`Remove image ${i + 1}`}
            className="absolute right-1 top-1 grid size-6 place-items-center rounded-full bg-black/70 text-neutral-200 hover:bg-black hover:text-white"
          >
            <svg aria-hidden viewBox="0 0 24 24" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}
