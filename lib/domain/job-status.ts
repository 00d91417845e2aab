// A job's status (Job.status, and a vendor task's as the adapters normalize it), its groups, and
// the pure rules for moving between statuses. Transitions are monotonic: a finished job never
// changes again, a status never moves backwards, progress never decreases.
import { z } from "zod";

export const JOB_STATUSES = ["QUEUED", "SUBMITTED", "RUNNING", "NEEDS_INPUT", "SUCCEEDED", "FAILED", "CANCELLED"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const jobStatusSchema = z.enum(JOB_STATUSES);

const RANK: Record<JobStatus, number> = {
  QUEUED: 0,
  SUBMITTED: 1,
  RUNNING: 2,
  NEEDS_INPUT: 2,
  SUCCEEDED: 3,
  FAILED: 3,
  CANCELLED: 3,
};

/** At the vendor: submitted and not finished. */
export const ACTIVE_STATUSES = ["SUBMITTED", "RUNNING", "NEEDS_INPUT"] as const satisfies readonly JobStatus[];
/** Not finished: waiting in the studio's queue or at the vendor (counts against budgets and the queue). */
export const IN_FLIGHT_STATUSES = ["QUEUED", ...ACTIVE_STATUSES] as const satisfies readonly JobStatus[];
/** Finished: never changes again. */
export const TERMINAL_STATUSES = ["SUCCEEDED", "FAILED", "CANCELLED"] as const satisfies readonly JobStatus[];

export function isTerminal(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export function isInFlight(status: string): boolean {
  return (IN_FLIGHT_STATUSES as readonly string[]).includes(status);
}

export interface StatusPoint {
  status: JobStatus;
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
