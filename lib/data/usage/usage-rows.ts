import { actionType, dayOf, type UsageJob, type UsageNames, type UsageRow } from "./usage-types";

/** The finest grain of the report, for the CSV: one row per day × team × member × action type × connection. */
export function usageRows(jobs: UsageJob[], names: UsageNames): UsageRow[] {
  const rows = new Map<string, UsageRow>();
  for (const job of jobs) {
    const day = dayOf(job.createdAt);
    const type = actionType(job.kind, job.action);
    const key = [day, job.teamId, job.userId, type, job.connectionId].join("\u0000");
    let row = rows.get(key);
    if (!row) {
      const user = names.users.get(job.userId);
      row = {
        day,
        team: names.teams.get(job.teamId) ?? "",
        member: user?.name ?? "",
        email: user?.email ?? "",
        actionType: type,
        connection: names.connections.get(job.connectionId) ?? "",
        jobs: 0,
        failed: 0,
        quota: 0,
      };
      rows.set(key, row);
    }
    row.jobs += 1;
    if (job.status === "FAILED") row.failed += 1;
    row.quota += job.quotaUsed ?? 0;
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      a.team.localeCompare(b.team) ||
      a.email.localeCompare(b.email) ||
      a.actionType.localeCompare(b.actionType) ||
      a.connection.localeCompare(b.connection),
  );
}
