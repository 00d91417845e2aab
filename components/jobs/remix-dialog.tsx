"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

interface Props {
  /** The action's button name ("V1", "Reroll" …); null: closed. */
  actionLabel: string | null;
  prompt: string;
  pending: boolean;
  onSubmit: (prompt: string) => void;
  onClose: () => void;
}

/**
 * Remix: the prompt a variation, vary, pan or reroll will use, pre-filled and editable, on a
 * native modal <dialog> (focus stays inside, Esc closes, focus returns to the button). Give it
 * a new key per opening so the box starts from the prompt again.
 */
export function RemixDialog({ actionLabel, prompt, pending, onSubmit, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const ids = { title: useId(), prompt: useId() };
  const [text, setText] = useState(prompt);
  const open = actionLabel !== null;

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      node.showModal();
      box.current?.focus();
    } else if (!open && node.open) {
      node.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onClose={onClose}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-2xl border border-white/10 bg-ink-900 p-0 text-neutral-100 backdrop:bg-black/60"
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) onSubmit(text.trim());
        }}
        className="space-y-3 p-4"
      >
        <h2 id={ids.title} className="text-base font-semibold">
          Remix{actionLabel ? `: ${actionLabel}` : ""}
        </h2>
        <div>
          <label htmlFor={ids.prompt} className="text-xs font-medium text-neutral-400">
            Prompt
          </label>
          <textarea
            id={ids.prompt}
            ref={box}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={4}
            aria-invalid={!text.trim() || undefined}
            className="mt-1 w-full resize-y rounded-lg border border-white/10 bg-ink-950 px-3 py-2 text-sm"
          />
          {!text.trim() && <p className="mt-1 text-xs text-amber-300">Write the prompt Midjourney should use.</p>}
        </div>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!text.trim() || pending}>
            {pending ? "Starting…" : "Submit"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
