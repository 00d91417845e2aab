"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * A moment in the viewer's own time zone. The server renders UTC (it cannot know the zone);
 * the browser swaps in local time after hydration without a mismatch.
 */
export function LocalTime({ iso, withSeconds = false }: { iso: string; withSeconds?: boolean }) {
  const local = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(withSeconds ? { second: "2-digit" } : {}),
  };
  const text = local ? date.toLocaleString(undefined, options) : `${date.toLocaleString("en-GB", { ...options, timeZone: "UTC" })} UTC`;
  return (
    <time dateTime={iso} title={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
