// The shapes the usage report is computed from (plain data, so the sums are unit-tested).
import { isInFlight } from "@/lib/domain/job-status";

export interface UsageJob {
  createdAt: Date;
  userId: string;
  teamId: string;
  connectionId: string;
  kind: string;
  action: string | null;
  status: string;
  quotaUsed: number | null;
  /** Units the job reserved when it was created (counted until it is charged or fails). */
  cost: number;
}

/** Units a job still holds in reserve: its price while in flight and not charged yet. */
export function reservedUnits(job: Pick<UsageJob, "status" | "quotaUsed" | "cost">): number {
  return isInFlight(job.status) && job.quotaUsed === null ? job.cost : 0;
}

export interface UsageNames {
  users: Map<string, { name: string; email: string }>;
  teams: Map<string, string>;
  connections: Map<string, string>;
}

/** One CSV line: a day, a team, a member, an action type and a connection. */
export interface UsageRow {
  day: string;
  team: string;
  member: string;
  email: string;
  actionType: string;
  connection: string;
  jobs: number;
  failed: number;
  quota: number;
}

export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** imagine, upscale, variation, zoom, pan, vary, reroll, blend, describe, vary_region, … */
export function actionType(kind: string, action: string | null): string {
  if (kind === "ACTION") return (action ?? "action").split(":")[0];
  if (kind === "INPAINT") return "vary_region";
  return kind.toLowerCase();
}
