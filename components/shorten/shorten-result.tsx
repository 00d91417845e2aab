"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { jobQueryOptions } from "@/lib/query/jobs";
import { DescribedPrompts } from "@/components/jobs/described-prompts";
import { isActive } from "@/components/jobs/job-label";
import { JobFailure, JobProgress } from "@/components/jobs/job-progress";
import { capsLabel } from "@/components/ui/styles";

/** The shorten job, live: progress, then the prompt it analysed and its shorter versions. */
export function ShortenResult({ jobId }: { jobId: string }) {
  const { data: job, error } = useQuery(jobQueryOptions(jobId));
  if (!job)
    return (
      <p className="text-sm text-neutral-400" role={error ? "alert" : "status"}>
        {error ? error.message : "Starting…"}
      </p>
    );
  return (
    <div className="space-y-4 rounded-2xl border border-white/5 bg-ink-900 p-4">
      <div>
        <h2 className={capsLabel}>Your prompt</h2>
        <p className="mt-1 text-sm leading-6 break-words text-neutral-300">{job.prompt}</p>
      </div>
      {isActive(job.status) && <JobProgress job={job} label="Shortening" />}
      {(job.status === "FAILED" || job.status === "CANCELLED") && <JobFailure job={job} />}
      {job.status === "SUCCEEDED" &&
        (job.prompts.length > 0 ? (
          <DescribedPrompts prompts={job.prompts} />
        ) : (
          <p className="text-sm text-neutral-400">The vendor returned no shorter prompts for this one.</p>
        ))}
      <Link href={`/jobs/${job.id}`} className="inline-block text-sm text-accent hover:underline">
        Open the job
      </Link>
    </div>
  );
}
