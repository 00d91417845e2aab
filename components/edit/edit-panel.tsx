"use client";

import { useId } from "react";
import { EDIT_ASPECT_RATIOS, type EditAspectRatio, type ImageEditKind } from "@/lib/domain/image-edit";
import { capsLabel, cn, inputBase, pill, pillInput, selectBase } from "@/components/ui/styles";

const TYPES: { value: ImageEditKind; label: string; hint: string }[] = [
  { value: "edit", label: "Edit", hint: "Redraw the painted area" },
  { value: "retexture", label: "Retexture", hint: "Restyle the whole image" },
];

export interface EditPanelProps {
  type: ImageEditKind;
  onType: (type: ImageEditKind) => void;
  prompt: string;
  onPrompt: (prompt: string) => void;
  aspectRatio: EditAspectRatio;
  /** The allowed ratio nearest to the image, marked in the list. */
  nearest: EditAspectRatio;
  onAspectRatio: (ratio: EditAspectRatio) => void;
  paintedPercent: number;
  /** The vendor choice or note (ConnectionChoice). */
  vendor: React.ReactNode;
  submitting: boolean;
  error: string | null;
  onSubmit: () => void;
  onChangeImage: () => void;
}

function paintedWords(p: number): string {
  if (p === 0) return "Paint the area to change. Everything unpainted is kept.";
  if (p < 0.1) return "Under 0.1% of the image will be redrawn.";
  return `${p < 10 ? p.toFixed(1) : Math.round(p)}% of the image will be redrawn.`;
}

/** Edit or Retexture, the prompt, the aspect ratio and Submit: the side panel beside the mask painter. */
export function EditPanel(props: EditPanelProps) {
  const { type, prompt, aspectRatio, nearest, paintedPercent, submitting, error } = props;
  const ids = { prompt: useId(), ratio: useId() };
  const needsPaint = type === "edit" && paintedPercent === 0;
  const blocked = needsPaint || prompt.trim() === "" || submitting;
  return (
    <form
      aria-label="Edit the image"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) props.onSubmit();
      }}
    >
      <fieldset>
        <legend className={capsLabel}>What to do</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {TYPES.map((t) => (
            <label key={t.value} className={pill}>
              <input type="radio" name="edit-type" value={t.value} checked={type === t.value} onChange={() => props.onType(t.value)} className={pillInput} />
              {t.label} <span className="text-xs text-neutral-500">{t.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={ids.prompt} className={capsLabel}>
          Prompt
        </label>
        <textarea
          id={ids.prompt}
          value={prompt}
          onChange={(event) => props.onPrompt(event.target.value)}
          rows={4}
          maxLength={6000}
          placeholder={type === "edit" ? "What the painted area should show" : "The look the whole image should take"}
          className={cn(inputBase, "mt-2 resize-y")}
        />
      </div>
      <div>
        <label htmlFor={ids.ratio} className={capsLabel}>
          Aspect ratio
        </label>
        <select
          id={ids.ratio}
          value={aspectRatio}
          onChange={(event) => props.onAspectRatio(event.target.value as EditAspectRatio)}
          className={cn(selectBase, "mt-2")}
        >
          {EDIT_ASPECT_RATIOS.map((r) => (
            <option key={r} value={r}>
              {r === nearest ? `${r} (nearest to the image)` : r}
            </option>
          ))}
        </select>
      </div>
      {props.vendor}
      <p className="text-sm text-neutral-400" aria-live="polite">
        {type === "edit" ? paintedWords(paintedPercent) : "Retexture keeps the composition and restyles everything; painting is not used."}
      </p>
      {error && (
        <p role="alert" className="rounded-lg border border-red-500/30 bg-red-500/10 px-3 py-2 text-sm text-red-200">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={blocked}
        aria-busy={submitting}
        className={cn(
          "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent-strong px-4 py-2 text-sm",
          "font-medium text-white transition-colors hover:bg-accent disabled:cursor-not-allowed",
          "disabled:bg-accent-strong/40 disabled:text-white/60",
        )}
      >
        {submitting && <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
        {type === "edit" ? "Edit" : "Retexture"}
      </button>
      <button type="button" onClick={props.onChangeImage} className="text-left text-sm text-neutral-400 hover:text-white">
        Use another image
      </button>
    </form>
  );
}
