"use client";

import { useRef } from "react";

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** The id of the panel the tabs control, when there is one. */
  panelId?: string;
  idPrefix?: string;
}

/** A small tab bar (role="tablist"): click, or ←/→/Home/End with one tab in the Tab order. */
export function SegmentedTabs<T extends string>({ label, value, options, onChange, panelId, idPrefix }: Props<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const next = (index + options.length) % options.length;
    onChange(options[next].value);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="flex rounded-lg border border-white/10 bg-ink-900 p-0.5">
      {options.map((option, i) => {
        const selected = option.value === value;
        return (
          <button
            key={option.value}
            ref={(node) => {
              refs.current[i] = node;
            }}
            type="button"
            role="tab"
            id={idPrefix ? `${idPrefix}-${option.value}` : undefined}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(option.value)}
            onKeyDown={(event) => {
              const keys: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: options.length - 1 };
              if (!(event.key in keys)) return;
              event.preventDefault();
              move(keys[event.key]);
            }}
            className={`rounded-md px-3 py-1 text-sm transition-colors ${selected ? "bg-white/10 text-white" : "text-neutral-400 hover:text-white"}`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
