// A toolbar button: an icon over its name, 44 px or more on every side for fingers.
import type { ButtonHTMLAttributes } from "react";
import { ToolIcon, type IconName } from "./tool-icons";

export function ToolbarButton({ icon, label, pressed, className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { icon: IconName; label: string; pressed?: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      {...props}
      className={`inline-flex min-h-11 min-w-11 flex-col items-center justify-center gap-0.5 rounded-lg px-2 py-1 text-[11px] leading-none font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-40 sm:flex-row sm:gap-1.5 sm:px-3 sm:text-sm ${
        pressed ? "bg-accent-strong text-white" : "text-neutral-300 hover:bg-white/10 hover:text-white"
      } ${className}`}
    >
      <ToolIcon name={icon} />
      <span>{label}</span>
    </button>
  );
}
