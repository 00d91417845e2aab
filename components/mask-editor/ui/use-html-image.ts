// Loads the photo to paint on; the stage draws it scaled to the job's natural size.
"use client";

import { useEffect, useState } from "react";

export type ImageLoad = { status: "loading" } | { status: "ready"; image: HTMLImageElement } | { status: "error" };

export function useHtmlImage(url: string): ImageLoad {
  const [load, setLoad] = useState<{ url: string; state: ImageLoad }>({ url, state: { status: "loading" } });
  useEffect(() => {
    const image = new window.Image();
    image.decoding = "async";
    image.onload = () => setLoad({ url, state: { status: "ready", image } });
    image.onerror = () => setLoad({ url, state: { status: "error" } });
    image.src = url;
    return () => {
      image.onload = null;
      image.onerror = null;
    };
  }, [url]);
  return load.url === url ? load.state : { status: "loading" };
}
