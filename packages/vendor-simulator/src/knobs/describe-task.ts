// A task as the control endpoint shows it: everything stored, including the request bodies
// exactly as received, plus URLs of its files.
import { stateAt } from "../engine/task-state";
import { FileStore } from "../files/file-store";
import type { TaskRow } from "../store/task-types";

export function describeTask(row: TaskRow, now: number, origin: string) {
  const state = stateAt(row, now);
  const url = (name: string | undefined) => (name ? FileStore.url(origin, name) : null);
  return {
    id: row.id,
    protocol: row.protocol,
    profile: row.profile,
    kind: row.kind,
    action: row.action,
    parentId: row.parentId,
    status: row.status,
    phase: state.phase,
    progress: state.progress,
    prompt: row.prompt,
    mode: row.mode,
    notifyId: row.notifyId,
    hookUrl: row.hookUrl,
    submittedAt: row.submittedAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    stepMs: row.stepMs,
    steps: row.steps,
    failReason: state.phase === "failed" ? (state.failReason ?? row.failReason) : null,
    params: row.params,
    requests: row.requests,
    result: row.result,
    files: {
      image: url(row.result?.image),
      tiles: (row.result?.tiles ?? []).map((name) => FileStore.url(origin, name)),
      mask: url(row.params.mask),
      inputs: (row.params.inputs ?? []).map((name) => FileStore.url(origin, name)),
    },
  };
}
