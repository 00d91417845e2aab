import "server-only";
import { db } from "@/lib/db";
import { toTeamRole } from "@/lib/domain/roles";
import type { AdminTeamDTO } from "@/lib/dto/admin";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/** Every team with its members and per-team roles, for admins. */
export async function listAdminTeams(actor: Pick<SessionUser, "role">): Promise<AdminTeamDTO[]> {
  assertAdmin(actor);
  const teams = await db.team.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { jobs: true } },
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, user: { select: { id: true, name: true, email: true, disabled: true } } } },
    },
  });
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    createdAt: team.createdAt.toISOString(),
    jobCount: team._count.jobs,
    members: team.memberships.map((m) => ({
      userId: m.user.id,
      name: m.user.name || m.user.email.split("@")[0],
      email: m.user.email,
      role: toTeamRole(m.role),
      disabled: m.user.disabled,
    })),
  }));
}
