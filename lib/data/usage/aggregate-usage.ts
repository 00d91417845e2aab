import type { UsageBucketDTO, UsageReportDTO } from "@/lib/dto/admin";
import { daysBetween } from "./resolve-usage-range";
import { actionType, dayOf, reservedUnits, type UsageJob, type UsageNames } from "./usage-types";

type Tally = Map<string, UsageBucketDTO>;

function add(tally: Tally, key: string, label: string, job: UsageJob) {
  const bucket = tally.get(key) ?? tally.set(key, { key, label, jobs: 0, failed: 0, quota: 0, reserved: 0 }).get(key)!;
  bucket.jobs += 1;
  if (job.status === "FAILED") bucket.failed += 1;
  bucket.quota += job.quotaUsed ?? 0;
  bucket.reserved += reservedUnits(job);
}

const round = (n: number) => Math.round(n * 100) / 100;
const rounded = (b: UsageBucketDTO) => ({ ...b, quota: round(b.quota), reserved: round(b.reserved) });
const sorted = (tally: Tally) => [...tally.values()].map(rounded).sort((a, b) => b.jobs - a.jobs || a.label.localeCompare(b.label));

/**
 * Jobs (failed ones too: they show what went wrong), units charged and units still reserved by
 * jobs in flight, by day, member, action type, connection and team.
 */
export function aggregateUsage(jobs: UsageJob[], names: UsageNames, from: string, to: string): UsageReportDTO {
  const byDay: Tally = new Map(daysBetween(from, to).map((day) => [day, { key: day, label: day, jobs: 0, failed: 0, quota: 0, reserved: 0 }]));
  const byMember: Tally = new Map();
  const byActionType: Tally = new Map();
  const byConnection: Tally = new Map();
  const byTeam: Tally = new Map();
  const totals = { jobs: 0, failed: 0, quota: 0, reserved: 0 };
  for (const job of jobs) {
    const day = dayOf(job.createdAt);
    if (byDay.has(day)) add(byDay, day, day, job);
    const user = names.users.get(job.userId);
    add(byMember, job.userId, user ? user.name || user.email : "a deleted account", job);
    const type = actionType(job.kind, job.action);
    add(byActionType, type, type, job);
    add(byConnection, job.connectionId, names.connections.get(job.connectionId) ?? "a removed connection", job);
    add(byTeam, job.teamId, names.teams.get(job.teamId) ?? "a removed team", job);
    totals.jobs += 1;
    if (job.status === "FAILED") totals.failed += 1;
    totals.quota += job.quotaUsed ?? 0;
    totals.reserved += reservedUnits(job);
  }
  return {
    from,
    to,
    totals: { ...totals, quota: round(totals.quota), reserved: round(totals.reserved) },
    byDay: [...byDay.values()].map(rounded),
    byMember: sorted(byMember),
    byActionType: sorted(byActionType),
    byConnection: sorted(byConnection),
    byTeam: sorted(byTeam),
  };
}
