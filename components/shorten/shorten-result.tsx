"use client";

import { PromptJobResult } from "@/components/jobs/prompt-job-result";
import { capsLabel } from "@/components/ui/styles";

/** The shorten job, live: progress, then the prompt it analysed and its shorter versions. */
export function ShortenResult({ jobId }: { jobId: string }) {
  return (
    <PromptJobResult
      jobId={jobId}
      working="Shortening"
      none="The vendor returned no shorter prompts for this one."
      before={(prompt) => (
        <div>
          <h2 className={capsLabel}>Your prompt</h2>
          <p className="mt-1 text-sm leading-6 break-words text-neutral-300">{prompt}</p>
        </div>
      )}
    />
  );
}
