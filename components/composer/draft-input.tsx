"use client";

import { useState, type InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & {
  /** The value the prompt holds now. */
  value: string;
  /** Called on every keystroke with what was typed. */
  onValueChange: (raw: string) => void;
  /** How the prompt would hold what was typed (e.g. trimmed): while they agree, the draft stays. */
  normalize?: (raw: string) => string;
};

const trim = (raw: string) => raw.trim();

/**
 * A text input bound to a prompt flag. It keeps what the user is typing (trailing spaces,
 * half-written numbers) and only takes the prompt's value when the prompt changed otherwise.
 */
export function DraftInput({ value, onValueChange, normalize = trim, ...props }: Props) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (normalize(draft) !== value) setDraft(value);
  }
  return (
    <input
      {...props}
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
        onValueChange(event.target.value);
      }}
    />
  );
}
