"use client";

import { useQuery } from "@tanstack/react-query";
import { jobQueryOptions } from "@/lib/query/jobs";
import { FeedCard } from "./feed-card";

/** A job this page just started, kept live by the app-wide event stream. */
export function LiveJobCard({ jobId }: { jobId: string }) {
  const { data, error } = useQuery(jobQueryOptions(jobId));
  if (data) return <FeedCard job={data} />;
  return (
    <div className="overflow-hidden rounded-2xl border border-white/5 bg-ink-900">
      <div className="aspect-square animate-pulse bg-ink-850" />
      <p className="p-3.5 text-sm text-neutral-400" role={error ? "alert" : undefined}>
        {error ? error.message : "Starting…"}
      </p>
    </div>
  );
}
