// A task's state at a moment, derived from its stored times: nothing counts progress in
// memory, so a restarted process reports exactly what the old one would have.
//
// State indexes order every state a task passes through (webhooks are sent once per index):
//   MODAL (-3) → QUEUED (-1) → running steps 0..steps-1 → final (steps).
import type { TaskRow } from "../store/task-types";

export const NOTHING_NOTIFIED = -4;
export const MODAL_INDEX = -3;
export const QUEUED_INDEX = -1;

export type TaskPhase = "modal" | "queued" | "running" | "succeeded" | "failed";

export interface TaskState {
  phase: TaskPhase;
  index: number;
  /** 0-100 */
  progress: number;
  failReason?: string;
}

export function runningState(row: TaskRow, index: number): TaskState {
  return { phase: "running", index, progress: Math.round((index * 100) / row.steps) };
}

function failedProgress(row: TaskRow): number {
  const lastStep = row.failAtStep !== null ? row.failAtStep - 1 : row.steps - 1;
  return Math.max(0, Math.round((lastStep * 100) / row.steps));
}

/** The moment a running task fails, if it does (knob, render error or timeout). */
export function failureAt(row: TaskRow): { at: number; reason: string } | null {
  const started = row.startedAt ?? row.submittedAt;
  const candidates: { at: number; reason: string }[] = [];
  if (row.failAtStep !== null) candidates.push({ at: started + row.failAtStep * row.stepMs, reason: row.failReason ?? "failed" });
  if (row.timeoutMs !== null) candidates.push({ at: row.submittedAt + row.timeoutMs, reason: `task timeout after ${Math.round(row.timeoutMs / 1000)}s` });
  return candidates.sort((a, b) => a.at - b.at)[0] ?? null;
}

/** The moment a running task succeeds: all steps done and its image rendered. */
export function successAt(row: TaskRow): number | null {
  if (!row.result || row.startedAt === null) return null;
  return Math.max(row.startedAt + row.steps * row.stepMs, row.result.readyAt);
}

export function stateAt(row: TaskRow, now: number): TaskState {
  switch (row.status) {
    case "succeeded":
      return { phase: "succeeded", index: row.steps, progress: 100 };
    case "failed":
      return { phase: "failed", index: row.steps, progress: failedProgress(row), failReason: row.failReason ?? "failed" };
    case "modal":
      return { phase: "modal", index: MODAL_INDEX, progress: 0 };
    case "queued":
      return { phase: "queued", index: QUEUED_INDEX, progress: 0 };
  }
  const failure = failureAt(row);
  const success = successAt(row);
  if (failure && now >= failure.at && (success === null || failure.at <= success)) {
    return { phase: "failed", index: row.steps, progress: failedProgress(row), failReason: failure.reason };
  }
  if (success !== null && now >= success) return { phase: "succeeded", index: row.steps, progress: 100 };
  const step = Math.floor((now - (row.startedAt ?? now)) / row.stepMs);
  return runningState(row, Math.max(0, Math.min(step, row.steps - 1)));
}
