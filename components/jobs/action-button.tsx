import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/components/ui/styles";

/** One Midjourney action button ("U1", "Vary (Subtle)" …), named exactly by its label. */
export function ActionButton({
  pending,
  compact = false,
  className = "",
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; compact?: boolean }) {
  return (
    <button
      type="button"
      aria-busy={pending || undefined}
      {...props}
      className={cn(
        "inline-flex items-center justify-center rounded-lg border border-white/10 bg-ink-800 font-medium",
        "text-neutral-200 transition-colors hover:border-white/25 hover:bg-ink-700 hover:text-white",
        "disabled:cursor-not-allowed disabled:opacity-50",
        pending ? "animate-pulse" : "",
        compact ? "h-8 min-w-10 px-2 text-xs" : "h-9 px-3 text-sm",
        className,
      )}
    >
      {children}
    </button>
  );
}
