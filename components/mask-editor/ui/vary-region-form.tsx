// The prompt to repaint with and the Submit button (disabled until something is painted).
"use client";

import { memo, useId } from "react";
import { cn, inputBase } from "@/components/ui/styles";

export interface VaryRegionFormProps {
  prompt: string;
  onPrompt: (prompt: string) => void;
  paintedPercent: number;
  submitting: boolean;
  error: string | null;
  onSubmit: () => void;
}

function formatPercent(p: number): string {
  if (p === 0) return "0%";
  if (p < 0.1) return "under 0.1%";
  return `${p < 10 ? p.toFixed(1) : Math.round(p)}%`;
}

export const VaryRegionForm = memo(function VaryRegionForm({ prompt, onPrompt, paintedPercent, submitting, error, onSubmit }: VaryRegionFormProps) {
  const promptId = useId();
  const empty = paintedPercent === 0;
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!empty && !submitting) onSubmit();
      }}
    >
      <div>
        <label htmlFor={promptId} className="mb-1.5 block text-sm font-medium text-neutral-300">
          Prompt
        </label>
        <textarea id={promptId} value={prompt} onChange={(e) => onPrompt(e.target.value)} rows={4} maxLength={6000} className={cn(inputBase, "resize-y")} />
        <p className="mt-1 text-xs text-neutral-500">What should appear in the painted area. Leave as is to keep the original prompt.</p>
      </div>
      <p className="text-sm text-neutral-400" aria-live="polite">
        {empty ? "Paint the area to change. Everything unpainted is kept exactly." : `${formatPercent(paintedPercent)} of the image will be repainted.`}
      </p>
      {error && (
        <p role="alert" className="rounded-lg border border-red-500/30 bg-red-500/10 px-3 py-2 text-sm text-red-200">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={empty || submitting}
        aria-busy={submitting}
        className={cn(
          "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent-strong px-4 py-2 text-sm",
          "font-medium text-white transition-colors hover:bg-accent disabled:cursor-not-allowed",
          "disabled:bg-accent-strong/40 disabled:text-white/60",
        )}
      >
        {submitting && <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
        Submit
      </button>
    </form>
  );
});
