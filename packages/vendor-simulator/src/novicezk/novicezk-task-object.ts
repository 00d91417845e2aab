// novicezk/midjourney-proxy's Task (support/Task.java, domain/DomainObject.java), as Spring's
// Jackson writes it: no buttons, statuses NOT_START/SUBMITTED/IN_PROGRESS/FAILURE/SUCCESS,
// progress null before start(), "0%" at start, "100%" on success and "" on failure.
import { failureAt, successAt, type TaskState } from "../engine/task-state";
import { FileStore } from "../files/file-store";
import { SIM_INSTANCE_ID } from "../mjproxy/mjproxy-call";
import type { TaskRow } from "../store/task-types";
import { readFlag } from "../text/read-prompt-flags";

function status(state: TaskState): string {
  if (state.phase === "running") return state.index === 0 ? "SUBMITTED" : "IN_PROGRESS";
  return ({ modal: "NOT_START", queued: "NOT_START", succeeded: "SUCCESS", failed: "FAILURE" } as const)[state.phase];
}

function progress(state: TaskState): string | null {
  if (state.phase === "queued" || state.phase === "modal") return null;
  return state.phase === "failed" ? "" : `${state.progress}%`;
}

export function buildNovicezkTaskObject(row: TaskRow, state: TaskState, origin: string) {
  const done = state.phase === "succeeded" ? row.result : null;
  const started = state.phase === "running" || state.phase === "succeeded" || state.phase === "failed";
  const finalPrompt = readFlag(row.prompt, ["relax", "fast", "turbo"]) !== undefined ? row.prompt : `${row.prompt} --${row.mode}`;
  let finishTime: number | null = null;
  if (state.phase === "succeeded") finishTime = row.finishedAt ?? successAt(row);
  if (state.phase === "failed") finishTime = row.finishedAt ?? failureAt(row)?.at ?? null;
  return {
    id: row.id,
    properties: {
      notifyHook: row.hookUrl,
      discordInstanceId: SIM_INSTANCE_ID,
      ...(done ? { finalPrompt, messageHash: done.hash } : {}),
    },
    action: "IMAGINE",
    status: status(state),
    prompt: row.prompt,
    promptEn: row.prompt,
    description: `/imagine ${row.prompt}`,
    state: row.notifyId,
    submitTime: row.submittedAt,
    startTime: started ? row.startedAt : null,
    finishTime,
    imageUrl: done?.image ? FileStore.url(origin, done.image) : null,
    progress: progress(state),
    failReason: state.phase === "failed" ? (state.failReason ?? "failed") : null,
  };
}
