"use client";

import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/ui/icon";

/**
 * A gallery tile's clip: a "video" badge over the thumbnail, and the clip itself, muted and
 * looping, while the pointer is over the tile or the tile has the focus (as midjourney.com
 * does). The <video> exists only then, so a page of tiles downloads no video until one is hovered.
 */
export function HoverVideo({ src }: { src: string }) {
  const anchor = useRef<HTMLSpanElement>(null);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    const tile = anchor.current?.closest("li");
    if (!tile) return;
    const start = () => setPlaying(true);
    const stop = () => setPlaying(false);
    tile.addEventListener("pointerenter", start);
    tile.addEventListener("pointerleave", stop);
    tile.addEventListener("focusin", start);
    tile.addEventListener("focusout", stop);
    return () => {
      tile.removeEventListener("pointerenter", start);
      tile.removeEventListener("pointerleave", stop);
      tile.removeEventListener("focusin", start);
      tile.removeEventListener("focusout", stop);
    };
  }, []);
  return (
    <span ref={anchor} aria-hidden="true">
      {playing && <video src={src} muted loop autoPlay playsInline className="pointer-events-none absolute inset-0 size-full object-cover" />}
      <span className="pointer-events-none absolute left-2 top-2 grid size-7 place-items-center rounded-full bg-black/60 text-white">
        <Icon name="play" className="size-3.5" />
      </span>
    </span>
  );
}
