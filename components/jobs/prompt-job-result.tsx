"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { jobQueryOptions } from "@/lib/query/jobs";
import { DescribedPrompts } from "./described-prompts";
import { isActive } from "./job-label";
import { JobFailure, JobProgress } from "./job-progress";

/**
 * A job whose result is prompts (Describe, Shorten), live: progress, then its prompts to imagine
 * or copy. `before` goes above (Shorten shows the prompt it analysed).
 */
export function PromptJobResult({ jobId, working, none, before }: { jobId: string; working: string; none: string; before?: (prompt: string) => ReactNode }) {
  const { data: job, error } = useQuery(jobQueryOptions(jobId));
  if (!job)
    return (
      <p className="text-sm text-neutral-400" role={error ? "alert" : "status"}>
        {error ? error.message : "Starting…"}
      </p>
    );
  return (
    <div className="space-y-4 rounded-2xl border border-white/5 bg-ink-900 p-4">
      {before?.(job.prompt)}
      {isActive(job.status) && <JobProgress job={job} label={working} />}
      {(job.status === "FAILED" || job.status === "CANCELLED") && <JobFailure job={job} />}
      {job.status === "SUCCEEDED" && (job.prompts.length > 0 ? <DescribedPrompts prompts={job.prompts} /> : <p className="text-sm text-neutral-400">{none}</p>)}
      <Link href={`/jobs/${job.id}`} className="inline-block text-sm text-accent hover:underline">
        Open the job
      </Link>
    </div>
  );
}
