"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { uploadImage } from "./upload-image";

export interface UploadItem {
  id: string;
  name: string;
  previewUrl: string;
  status: "uploading" | "done" | "error";
  key?: string;
  width?: number;
  height?: number;
  error?: string;
}

/** A list of images being uploaded, with local previews; starts each upload as it is added. */
export function useImageUploads(max: number) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const urls = useRef(new Set<string>());

  useEffect(() => {
    const live = urls.current;
    return () => live.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const itemsRef = useRef<UploadItem[]>([]);
  const commit = useCallback((next: UploadItem[]) => {
    itemsRef.current = next;
    setItems(next);
  }, []);
  const patch = useCallback(
    (id: string, change: Partial<UploadItem>) => commit(itemsRef.current.map((i) => (i.id === id ? { ...i, ...change } : i))),
    [commit],
  );

  const add = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const current = itemsRef.current;
      const room = max === 1 ? 1 : Math.max(0, max - current.length);
      setNotice(files.length > room ? (max === 1 ? "Only one image: the first one is used." : `At most ${max} images.`) : null);
      const accepted = files.slice(0, room).map((file) => {
        const previewUrl = URL.createObjectURL(file);
        urls.current.add(previewUrl);
        return { file, item: { id: crypto.randomUUID(), name: file.name || "pasted image", previewUrl, status: "uploading" } as UploadItem };
      });
      if (max === 1 && accepted.length > 0) {
        current.forEach((i) => URL.revokeObjectURL(i.previewUrl));
        commit(accepted.map((a) => a.item));
      } else {
        commit([...current, ...accepted.map((a) => a.item)]);
      }
      for (const { file, item } of accepted) {
        uploadImage(file).then(
          (up) => patch(item.id, { status: "done", ...up }),
          (error: Error) => patch(item.id, { status: "error", error: error.message }),
        );
      }
    },
    [max, commit, patch],
  );

  const remove = useCallback(
    (id: string) => {
      setNotice(null);
      const gone = itemsRef.current.find((i) => i.id === id);
      if (gone) URL.revokeObjectURL(gone.previewUrl);
      commit(itemsRef.current.filter((i) => i.id !== id));
    },
    [commit],
  );

  const clear = useCallback(() => {
    itemsRef.current.forEach((i) => URL.revokeObjectURL(i.previewUrl));
    commit([]);
  }, [commit]);

  const ready = items.filter((i) => i.status === "done" && i.key);
  return { items, add, remove, clear, notice, ready, uploading: items.some((i) => i.status === "uploading") };
}
