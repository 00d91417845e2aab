"use client";

import { PromptJobResult } from "@/components/jobs/prompt-job-result";

/** The describe job, live: progress, then its four prompts. */
export function DescribeResult({ jobId }: { jobId: string }) {
  return <PromptJobResult jobId={jobId} working="Describing" none="The vendor returned no prompts for this image." />;
}
