"use client";

/* eslint-disable @next/next/no-img-element -- a local blob: preview */
import type { UploadItem } from "./use-image-uploads";

/** One chosen image, large, with its upload state over it (Edit, Face swap). */
export function UploadFigure({ item, alt, maxHeight }: { item: UploadItem; alt: string; maxHeight: string }) {
  return (
    <figure className="relative overflow-hidden rounded-2xl border border-white/10 bg-ink-900">
      <img src={item.previewUrl} alt={alt} className={`mx-auto ${maxHeight} w-auto object-contain`} />
      {item.status === "uploading" && (
        <figcaption role="status" className="absolute inset-x-0 bottom-0 bg-black/60 p-2 text-center text-xs">
          Uploading…
        </figcaption>
      )}
      {item.status === "error" && (
        <figcaption role="alert" className="absolute inset-x-0 bottom-0 bg-red-950/90 p-2 text-center text-xs text-red-200">
          {item.error}
        </figcaption>
      )}
    </figure>
  );
}
