"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { restoreJobAction } from "@/lib/actions/restore-job-action";
import { setFavoriteAction } from "@/lib/actions/set-favorite-action";
import { trashJobAction } from "@/lib/actions/trash-job-action";
import { applyJobChange } from "@/lib/query/apply-job-change";

type Result = { error?: string };

/** Favourite, trash and restore, applied to every view at once and undone if the server refuses. */
export function useJobMutations() {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function mutate(
    jobId: string,
    kind: string,
    change: Parameters<typeof applyJobChange>[2],
    undo: Parameters<typeof applyJobChange>[2],
    call: () => Promise<Result>,
  ) {
    setError(null);
    setPending(`${kind}:${jobId}`);
    applyJobChange(client, jobId, change);
    const result = await call().catch(() => ({ error: "The studio could not be reached. Try again." }));
    setPending(null);
    if (result.error) {
      applyJobChange(client, jobId, undo);
      setError(result.error);
      return false;
    }
    return true;
  }

  return {
    error,
    pending,
    clearError: () => setError(null),
    setFavorite: (jobId: string, favorite: boolean) =>
      mutate(jobId, "favorite", { favorite }, { favorite: !favorite }, () => setFavoriteAction({ jobId, favorite })),
    trash: (jobId: string) => mutate(jobId, "trash", { deleted: true }, { deleted: false }, () => trashJobAction({ jobId })),
    restore: (jobId: string) => mutate(jobId, "restore", { deleted: false }, { deleted: true }, () => restoreJobAction({ jobId })),
  };
}
