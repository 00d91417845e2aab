"use client";

import { useId } from "react";
import { capsLabel } from "@/components/ui/styles";

interface Props {
  label: string;
  flag: string;
  value: number | undefined;
  min: number;
  max: number;
  step?: number;
  defaultValue: number;
  onChange: (value: number | undefined) => void;
}

/** A numeric flag (--stylize, --chaos, --weird) as a slider; no flag means the default. */
export function SliderControl({ label, flag, value, min, max, step = 1, defaultValue, onChange }: Props) {
  const id = useId();
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className={capsLabel}>
          {label} <span className="font-mono normal-case text-neutral-600">--{flag}</span>
        </label>
        <span className="flex items-center gap-2">
          {value !== undefined && (
            <button
              type="button"
              onClick={() => onChange(undefined)}
              className="text-xs text-neutral-500 hover:text-white"
              aria-label={`Reset ${label.toLowerCase()}`}
            >
              Reset
            </button>
          )}
          <output htmlFor={id} className={`w-12 text-right text-sm tabular-nums ${value === undefined ? "text-neutral-500" : "text-neutral-100"}`}>
            {value ?? defaultValue}
          </output>
        </span>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value ?? defaultValue}
        onChange={(event) => onChange(Number(event.target.value))}
        className="mt-2 w-full accent-accent"
      />
    </div>
  );
}
