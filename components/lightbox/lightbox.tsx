"use client";

/* eslint-disable @next/next/no-img-element -- full-size studio images shown as they are */
import { useEffect, useRef } from "react";
import { Icon } from "@/components/ui/icon";

export interface LightboxItem {
  id: string;
  fullUrl: string;
  thumbUrl: string;
  downloadUrl: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
  /** A video clip: fullUrl is the MP4, played with the browser's controls. */
  video?: { posterUrl: string };
}

interface Props {
  items: LightboxItem[];
  index: number | null;
  onIndexChange: (index: number) => void;
  onClose: () => void;
  /** Extra controls for the shown item (favourite, open job …). */
  actions?: (item: LightboxItem) => React.ReactNode;
  label?: string;
}

const round = "grid size-10 place-items-center rounded-full bg-white/10 text-neutral-100 backdrop-blur transition-colors hover:bg-white/20 disabled:opacity-30";

/**
 * Full-screen viewer on a native modal <dialog>: the page behind is inert (focus stays inside),
 * Esc closes, ←/→ move between images, and focus returns to where it was.
 */
export function Lightbox({ items, index, onIndexChange, onClose, actions, label = "Image viewer" }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const open = index !== null && items[index] !== undefined;
  const item = open ? items[index] : null;

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      opener.current = document.activeElement;
      node.showModal();
      closeButton.current?.focus();
    } else if (!open && node.open) {
      node.close();
    }
  }, [open]);

  useEffect(() => {
    const node = dialog.current;
    return () => {
      if (node?.open) node.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);

  const go = (delta: number) => {
    if (index === null) return;
    const next = index + delta;
    if (next >= 0 && next < items.length) onIndexChange(next);
  };

  return (
    <dialog
      ref={dialog}
      aria-label={label}
      onClose={() => {
        if (opener.current instanceof HTMLElement) opener.current.focus();
        if (open) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === "ArrowLeft") go(-1);
        else if (event.key === "ArrowRight") go(1);
        else return;
        event.preventDefault();
      }}
      className="m-0 h-dvh max-h-none w-dvw max-w-none bg-ink-950 p-0 text-neutral-100 backdrop:bg-black open:flex open:flex-col"
    >
      {item && (
        <>
          <div className="flex items-center justify-between gap-3 px-4 py-3">
            <p className="min-w-0 truncate text-sm text-neutral-300" aria-live="polite">
              <span className="tabular-nums text-neutral-500">
                {index! + 1} / {items.length}
              </span>
              {item.caption && <span className="ml-3">{item.caption}</span>}
            </p>
            <div className="flex shrink-0 items-center gap-2">
              {actions?.(item)}
              <a href={item.downloadUrl} download className={round} aria-label="Download" title="Download">
                <Icon name="download" className="size-5" />
              </a>
              <button ref={closeButton} type="button" onClick={onClose} className={round} aria-label="Close" title="Close (Esc)">
                <Icon name="close" className="size-5" />
              </button>
            </div>
          </div>
          <div className="relative flex min-h-0 flex-1 items-center justify-center px-2 pb-4 sm:px-16">
            {item.video ? (
              <video
                key={item.id}
                src={item.fullUrl}
                poster={item.video.posterUrl}
                width={item.width}
                height={item.height}
                controls
                autoPlay
                muted
                loop
                playsInline
                aria-label={item.alt}
                className="max-h-full max-w-full object-contain"
              />
            ) : (
              <img
                key={item.id}
                src={item.fullUrl}
                alt={item.alt}
                width={item.width}
                height={item.height}
                className="max-h-full max-w-full object-contain"
                style={{ backgroundImage: `url(${item.thumbUrl})`, backgroundSize: "contain", backgroundRepeat: "no-repeat", backgroundPosition: "center" }}
              />
            )}
            {items.length > 1 && (
              <>
                <button
                  type="button"
                  onClick={() => go(-1)}
                  aria-disabled={index === 0}
                  className={`${round} aria-disabled:opacity-30 absolute left-2 top-1/2 -translate-y-1/2 sm:left-4`}
                  aria-label="Previous image"
                >
                  <Icon name="left" className="size-5" />
                </button>
                <button
                  type="button"
                  onClick={() => go(1)}
                  aria-disabled={index === items.length - 1}
                  className={`${round} aria-disabled:opacity-30 absolute right-2 top-1/2 -translate-y-1/2 sm:right-4`}
                  aria-label="Next image"
                >
                  <Icon name="right" className="size-5" />
                </button>
              </>
            )}
          </div>
        </>
      )}
    </dialog>
  );
}
