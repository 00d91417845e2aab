"use client";

import { useRouter } from "next/navigation";
import { useServerAction } from "@/components/ui/use-server-action";
import { actOnJobAction } from "@/lib/actions/act-on-job-action";
import { useJobSync } from "@/components/live/live-updates";

/** Starts one of a job's actions; the child job shows up live (and, if asked, opens). */
export function useJobAction(jobId: string, { openChild }: { openChild: boolean }) {
  const router = useRouter();
  const sync = useJobSync();
  const write = useServerAction<string>();

  async function run(action: string, prompt?: string): Promise<string | null> {
    const result = await write.run(action, () => actOnJobAction({ jobId, action, prompt }));
    if (result.error !== undefined) return null;
    sync(result.data.jobId);
    if (openChild) router.push(`/jobs/${result.data.jobId}`);
    return result.data.jobId;
  }

  return { run, pending: write.pending, error: write.error };
}
