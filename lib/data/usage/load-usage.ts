import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { resolveUsageRange } from "./resolve-usage-range";
import type { UsageJob, UsageNames } from "./usage-types";

/** The jobs of a date range (optionally one team) and the names to label them with (admins). */
export async function loadUsage(actor: Pick<SessionUser, "role">, range: { from?: string; to?: string; teamId?: string }, now = new Date()) {
  assertAdmin(actor);
  const { from, to, start, end } = resolveUsageRange(range, now);
  const jobs: UsageJob[] = await db.job.findMany({
    where: { createdAt: { gte: start, lt: end }, ...(range.teamId ? { teamId: range.teamId } : {}) },
    select: { createdAt: true, userId: true, teamId: true, connectionId: true, kind: true, action: true, status: true, quotaUsed: true, cost: true },
  });
  const [users, teams, connections] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true } }),
    db.team.findMany({ select: { id: true, name: true } }),
    db.vendorConnection.findMany({ select: { id: true, name: true } }),
  ]);
  const names: UsageNames = {
    users: new Map(users.map((u) => [u.id, { name: u.name, email: u.email }])),
    teams: new Map(teams.map((t) => [t.id, t.name])),
    connections: new Map(connections.map((c) => [c.id, c.name])),
  };
  return { from, to, jobs, names };
}
