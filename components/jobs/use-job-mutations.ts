"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/components/ui/action-result";
import { useServerAction } from "@/components/ui/use-server-action";
import { restoreJobAction } from "@/lib/actions/restore-job-action";
import { setFavoriteAction } from "@/lib/actions/set-favorite-action";
import { trashJobAction } from "@/lib/actions/trash-job-action";
import { applyJobChange } from "@/lib/query/apply-job-change";
import { inJobOrder } from "./job-write-order";

type JobChange = Parameters<typeof applyJobChange>[2];

/** Favourite, trash and restore, applied to every view at once and undone if the server refuses. */
export function useJobMutations() {
  const client = useQueryClient();
  const action = useServerAction<string>();

  async function mutate(jobId: string, kind: string, change: JobChange, undo: JobChange, call: () => Promise<ActionResult<unknown>>) {
    applyJobChange(client, jobId, change);
    const result = await inJobOrder(jobId, () => action.run(`${kind}:${jobId}`, call));
    if (result.error === undefined) return true;
    applyJobChange(client, jobId, undo);
    return false;
  }

  return {
    error: action.error,
    pending: action.pending,
    setFavorite: (jobId: string, favorite: boolean) =>
      mutate(jobId, "favorite", { favorite }, { favorite: !favorite }, () => setFavoriteAction({ jobId, favorite })),
    trash: (jobId: string) => mutate(jobId, "trash", { deleted: true }, { deleted: false }, () => trashJobAction({ jobId })),
    restore: (jobId: string) => mutate(jobId, "restore", { deleted: false }, { deleted: true }, () => restoreJobAction({ jobId })),
  };
}
