"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { actOnJobAction } from "@/lib/actions/act-on-job-action";
import { useJobSync } from "@/components/live/live-updates";

/** Starts one of a job's actions; the child job shows up live (and, if asked, opens). */
export function useJobAction(jobId: string, { openChild }: { openChild: boolean }) {
  const router = useRouter();
  const sync = useJobSync();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(action: string, prompt?: string): Promise<string | null> {
    setPending(action);
    setError(null);
    try {
      const result = await actOnJobAction({ jobId, action, prompt });
      if (result.error !== undefined) {
        setError(result.error);
        return null;
      }
      sync(result.data.jobId);
      if (openChild) router.push(`/jobs/${result.data.jobId}`);
      return result.data.jobId;
    } catch {
      setError("The studio could not be reached. Try again.");
      return null;
    } finally {
      setPending(null);
    }
  }

  return { run, pending, error };
}
