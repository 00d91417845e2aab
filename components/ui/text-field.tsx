import { useId, type InputHTMLAttributes } from "react";
import { fieldHint, fieldLabel, inputBase } from "./styles";

export function TextField({ label, hint, className = "", ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <input id={id} {...props} className={inputBase} />
      {hint && <p className={fieldHint}>{hint}</p>}
    </div>
  );
}
