"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * "Edit" on a gallery image opens /edit?image=<id>: the picture is read from the studio (with the
 * person's own session, so only what they may see) and handed to the upload like a dropped file,
 * which keeps one path for every source (the same checks, quota and storage).
 */
export function useGallerySource(add: (files: File[]) => void): string | null {
  const imageId = useSearchParams().get("image");
  const [error, setError] = useState<string | null>(null);
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (!imageId || started.current === imageId || !/^[A-Za-z0-9_-]{1,64}$/.test(imageId)) return;
    started.current = imageId;
    void (async () => {
      try {
        const response = await fetch(`/api/images/${imageId}/full`);
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (!blob.type.startsWith("image/")) throw new Error(blob.type);
        add([new File([blob], `gallery-${imageId}.${blob.type.split("/")[1] ?? "png"}`, { type: blob.type })]);
      } catch {
        setError("That gallery image could not be opened for editing: choose a file instead.");
      }
    })();
  }, [imageId, add]);
  return error;
}
