// Pure rules for moving a job between statuses. Transitions are monotonic: a finished job
// never changes again, a status never moves backwards, progress never decreases.
import type { TaskStatus } from "@/lib/vendors/types";

const RANK: Record<TaskStatus, number> = {
  QUEUED: 0,
  SUBMITTED: 1,
  RUNNING: 2,
  NEEDS_INPUT: 2,
  SUCCEEDED: 3,
  FAILED: 3,
  CANCELLED: 3,
};

export const ACTIVE_STATUSES: TaskStatus[] = ["SUBMITTED", "RUNNING", "NEEDS_INPUT"];
export const TERMINAL_STATUSES: TaskStatus[] = ["SUCCEEDED", "FAILED", "CANCELLED"];

export function isTerminal(status: string): boolean {
  return (TERMINAL_STATUSES as string[]).includes(status);
}

export interface StatusPoint {
  status: TaskStatus;
  progress: number;
}

/**
 * The state after an observation, or null when the observation changes nothing
 * (a duplicate, an older event arriving late, anything after the end).
 */
export function advance(current: StatusPoint, observed: StatusPoint): StatusPoint | null {
  if (isTerminal(current.status)) return null;
  const status = RANK[observed.status] >= RANK[current.status] ? observed.status : current.status;
  const observedProgress = Number.isFinite(observed.progress) ? Math.max(0, Math.min(100, Math.round(observed.progress))) : 0;
  // A job is only 100 % once its images are stored: the engine sets that itself.
  const progress = Math.max(current.progress, isTerminal(status) ? current.progress : Math.min(observedProgress, 99));
  if (status === current.status && progress === current.progress) return null;
  return { status, progress };
}
