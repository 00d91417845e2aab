import "server-only";
import { db } from "@/lib/db";
import { toStudioRole } from "@/lib/domain/roles";
import type { AdminUserDTO } from "@/lib/dto/admin";
import { assertAdmin } from "./assert-admin";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_WINDOW_MS, loginAccountKey } from "./login-limits";
import type { SessionUser } from "./get-session-user";

/** Everyone with an account, their studio role, teams and last sign-in, for admins. */
export async function listAdminUsers(actor: Pick<SessionUser, "role">): Promise<AdminUserDTO[]> {
  assertAdmin(actor);
  const [users, signIns] = await Promise.all([
    db.user.findMany({
      orderBy: [{ disabled: "asc" }, { email: "asc" }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabled: true,
        createdAt: true,
        memberships: { orderBy: { createdAt: "asc" }, select: { role: true, team: { select: { id: true, name: true } } } },
      },
    }),
    db.auditLog.groupBy({ by: ["actorId"], where: { action: "auth.sign_in", actorId: { not: null } }, _max: { at: true } }),
  ]);
  const lastSignIn = new Map(signIns.map((row) => [row.actorId, row._max.at]));
  // Accounts locked by too many failed sign-ins, so an admin can see and lift the lock.
  const now = Date.now();
  const counters = await db.rateCounter.findMany({
    where: { key: { in: users.map((u) => loginAccountKey(u.email)) }, count: { gte: LOGIN_FAILURES_PER_ACCOUNT } },
  });
  const lockedUntil = new Map(
    counters
      .map((c) => [c.key, c.windowStart.getTime() + LOGIN_WINDOW_MS] as const)
      .filter(([, until]) => until > now)
      .map(([key, until]) => [key, new Date(until).toISOString()]),
  );
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: toStudioRole(user.role),
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: lastSignIn.get(user.id)?.toISOString() ?? null,
    signInLockedUntil: lockedUntil.get(loginAccountKey(user.email)) ?? null,
    teams: user.memberships.map((m) => ({ id: m.team.id, name: m.team.name, role: m.role })),
  }));
}
