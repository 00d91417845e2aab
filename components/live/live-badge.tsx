"use client";

import { useLiveStatus } from "./live-updates";
import { cn } from "@/components/ui/styles";

const TEXT = { live: "Live", connecting: "Connecting…", offline: "Offline — retrying" } as const;

/** A small dot saying whether updates arrive live. */
export function LiveBadge() {
  const status = useLiveStatus();
  return (
    <span className="inline-flex items-center gap-2 text-xs text-neutral-500" title={status === "live" ? "New images appear as they are made" : undefined}>
      <span
        aria-hidden
        className={cn(
          "size-2 rounded-full",
          status === "live" ? "bg-emerald-400 shadow-[0_0_8px] shadow-emerald-400/60" : status === "connecting" ? "animate-pulse bg-amber-400" : "bg-red-400",
        )}
      />
      {TEXT[status]}
    </span>
  );
}
