// A toolbar button: an icon with its name, 44 px or more on every side for fingers. On phones
// the name sits under the icon, on wider screens beside it; `compact` buttons (undo, redo, zoom:
// familiar icons) show the name only as a tooltip. The accessible name is always the label.
import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/components/ui/styles";
import { ToolIcon, type IconName } from "./tool-icons";

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon: IconName;
  label: string;
  pressed?: boolean;
  compact?: boolean;
}

export function ToolbarButton({ icon, label, pressed, compact = false, className = "", ...props }: Props) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      title={compact ? (props.title ?? label) : props.title}
      {...props}
      className={cn(
        "inline-flex min-h-11 min-w-11 flex-col items-center justify-center gap-0.5 rounded-lg px-2 py-1 text-[11px] leading-none font-medium",
        "transition-colors disabled:cursor-not-allowed disabled:opacity-40 sm:flex-row sm:gap-1.5 sm:text-sm",
        compact ? "" : "sm:px-3",
        pressed ? "bg-accent-strong text-white" : "text-neutral-300 hover:bg-white/10 hover:text-white",
        className,
      )}
    >
      <ToolIcon name={icon} />
      <span className={compact ? "sr-only" : ""}>{label}</span>
    </button>
  );
}
