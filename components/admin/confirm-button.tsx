"use client";

import { useEffect, useState } from "react";
import { smallDanger } from "@/components/ui/styles";

/**
 * A button that asks once more ("Confirm: …") before doing something hard to undo. Most ask
 * "Confirm: <its label>" in the danger colours, so those are the defaults.
 */
export function ConfirmButton({
  label,
  confirmLabel = `Confirm: ${label.toLowerCase()}`,
  onConfirm,
  disabled,
  className = smallDanger,
}: {
  label: string;
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}) {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), 5000);
    return () => clearTimeout(timer);
  }, [armed]);
  return (
    <button
      type="button"
      disabled={disabled}
      className={className}
      onClick={() => {
        if (!armed) return setArmed(true);
        setArmed(false);
        onConfirm();
      }}
    >
      {armed ? confirmLabel : label}
    </button>
  );
}
