"use client";

import { useId } from "react";
import { capsLabel, selectBase } from "@/components/ui/styles";
import { Options } from "@/components/ui/options";

interface Props {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
}

export function SelectControl({ label, value, options, onChange, hint }: Props) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={capsLabel}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={`mt-2 ${selectBase}`}>
        <Options items={options} />
      </select>
      {hint && <p className="mt-1 text-xs text-neutral-500">{hint}</p>}
    </div>
  );
}
