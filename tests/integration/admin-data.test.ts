import "./support/test-env";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createUser } from "@/lib/trusted/users/create-user";
import { authenticateUser } from "@/lib/data/users/authenticate-user";
import { getSessionUserById } from "@/lib/data/users/get-session-user";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, LOGIN_WINDOW_MS, loginAccountKey } from "@/lib/data/users/login-limits";
import { hitRateCounter } from "@/lib/trusted/rate-limits/hit-rate-counter";
import { isRateLimited } from "@/lib/trusted/rate-limits/is-rate-limited";
import { createInvite } from "@/lib/data/invites/create-invite";
import { acceptInvite } from "@/lib/data/invites/accept-invite";
import { getInviteForToken } from "@/lib/data/invites/get-invite-for-token";
import { revokeInvite } from "@/lib/data/invites/revoke-invite";
import { listPendingInvites } from "@/lib/data/invites/list-pending-invites";
import { setUserRole } from "@/lib/data/users/set-user-role";
import { setUserDisabled } from "@/lib/data/users/set-user-disabled";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";
import { acceptInviteSchema, createInviteSchema } from "@/lib/schemas/users";

const PASSWORD = "integration-password";
let n = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++n}@data.test`;

async function person(role: "ADMIN" | "MEMBER" = "MEMBER", team = `Data ${process.pid}`) {
  const email = unique(role.toLowerCase());
  const { id, teamId } = await createUser({ email, password: PASSWORD, role, teamName: team });
  return { id, teamId, email, role };
}

async function rateLimited(promise: Promise<unknown>): Promise<boolean> {
  try {
    await promise;
    return false;
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return true;
    throw error;
  }
}

describe("[ADMIN] sign-in rate limits", () => {
  it(`refuses an account after ${LOGIN_FAILURES_PER_ACCOUNT} failures, even with the right password, without revealing whether it exists`, async () => {
    const user = await person();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) expect(await authenticateUser(user.email, "wrong-password", "10.0.0.1")).toBeNull();
    expect(await rateLimited(authenticateUser(user.email, PASSWORD, "10.0.0.2"))).toBe(true);
    const ghost = unique("ghost");
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) expect(await authenticateUser(ghost, "whatever-password", "10.0.0.3")).toBeNull();
    expect(await rateLimited(authenticateUser(ghost, "whatever-password", "10.0.0.3"))).toBe(true);
    const other = await person();
    expect(await authenticateUser(other.email, PASSWORD, "10.0.0.1")).toMatchObject({ id: other.id });
    const audited = await db.auditLog.findFirstOrThrow({ where: { actorEmail: user.email, action: "auth.sign_in_failed" }, orderBy: { id: "desc" } });
    expect(JSON.parse(audited.details)).toEqual({ reason: "rate_limited", limitedBy: "account" });
  });

  it(`refuses an IP after ${LOGIN_FAILURES_PER_IP} failures across accounts; other IPs still sign in`, async () => {
    const user = await person();
    for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) await authenticateUser(unique("spray"), "wrong-password", "203.0.113.9");
    expect(await rateLimited(authenticateUser(user.email, PASSWORD, "203.0.113.9"))).toBe(true);
    expect(await authenticateUser(user.email, PASSWORD, "203.0.113.10")).toMatchObject({ id: user.id });
  });

  it("a success clears the account's failures; counters live in the database and expire with their window", async () => {
    const user = await person();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT - 1; i++) await authenticateUser(user.email, "wrong-password", null);
    expect(await db.rateCounter.findUnique({ where: { key: loginAccountKey(user.email) } })).toMatchObject({ count: LOGIN_FAILURES_PER_ACCOUNT - 1 });
    expect(await authenticateUser(user.email, PASSWORD, null)).toMatchObject({ id: user.id });
    expect(await db.rateCounter.findUnique({ where: { key: loginAccountKey(user.email) } })).toBeNull();

    const key = `test:${process.pid}:window`;
    const t0 = new Date("2030-01-01T00:00:00Z");
    for (let i = 1; i <= 3; i++) expect(await hitRateCounter(key, LOGIN_WINDOW_MS, t0)).toBe(i);
    expect(await isRateLimited(key, 3, LOGIN_WINDOW_MS, new Date(t0.getTime() + LOGIN_WINDOW_MS - 1))).toBe(true);
    expect(await isRateLimited(key, 3, LOGIN_WINDOW_MS, new Date(t0.getTime() + LOGIN_WINDOW_MS + 1))).toBe(false);
    expect(await hitRateCounter(key, LOGIN_WINDOW_MS, new Date(t0.getTime() + LOGIN_WINDOW_MS + 1))).toBe(1);
    const counts = await Promise.all(Array.from({ length: 8 }, () => hitRateCounter(`${key}:burst`, LOGIN_WINDOW_MS)));
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("[ADMIN] invites", () => {
  it("stores only the token's hash, works once, and joins the invite's team with its role", async () => {
    const admin = await person("ADMIN");
    const invite = await createInvite(admin, createInviteSchema.parse({ teamId: admin.teamId, role: "MEMBER" }));
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(JSON.stringify(row)).not.toContain(invite.token);
    expect(JSON.stringify(await db.auditLog.findMany())).not.toContain(invite.token);
    expect(JSON.stringify(await listPendingInvites(admin))).not.toContain(invite.token);
    expect(await getInviteForToken(invite.token)).toMatchObject({ state: "valid", email: null, role: "MEMBER" });

    const email = unique("newcomer");
    const input = acceptInviteSchema.parse({ token: invite.token, name: "New Comer", email, password: "a-good-password", confirm: "a-good-password" });
    const twice = await Promise.allSettled([acceptInvite(input), acceptInvite({ ...input, email: unique("second") })]);
    expect(twice.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await getInviteForToken(invite.token)).toEqual({ state: "used" });
    await expect(acceptInvite(input)).rejects.toThrow(/expired or was already used/);

    const joined = await db.user.findUniqueOrThrow({
      where: { email: (twice.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ email: string }>).value.email },
    });
    const session = await getSessionUserById(joined.id, 0);
    expect(session).toMatchObject({ role: "MEMBER", teamId: admin.teamId });
    expect(await authenticateUser(joined.email, "a-good-password")).toMatchObject({ id: joined.id });
  });

  it("an invite for an e-mail address uses that address; expired and revoked links are refused", async () => {
    const admin = await person("ADMIN");
    const bound = unique("bound");
    const invite = await createInvite(admin, createInviteSchema.parse({ teamId: admin.teamId, role: "ADMIN", email: bound.toUpperCase() }));
    await acceptInvite(
      acceptInviteSchema.parse({ token: invite.token, name: "Bound", email: unique("other"), password: "a-good-password", confirm: "a-good-password" }),
    );
    expect(await db.user.findUniqueOrThrow({ where: { email: bound } })).toMatchObject({ role: "ADMIN" });
    await expect(createInvite(admin, createInviteSchema.parse({ teamId: admin.teamId, email: bound }))).rejects.toThrow(/already has an account/);

    const old = await createInvite(admin, createInviteSchema.parse({ teamId: admin.teamId, expiresInDays: 1 }), new Date(Date.now() - 2 * 86_400_000));
    expect(await getInviteForToken(old.token)).toEqual({ state: "expired" });
    await expect(
      acceptInvite(
        acceptInviteSchema.parse({ token: old.token, name: "Late", email: unique("late"), password: "a-good-password", confirm: "a-good-password" }),
      ),
    ).rejects.toThrow(/expired/);

    const revoked = await createInvite(admin, createInviteSchema.parse({ teamId: admin.teamId }));
    await revokeInvite(admin, revoked.id);
    expect(await getInviteForToken(revoked.token)).toEqual({ state: "expired" });
    await expect(revokeInvite(admin, revoked.id)).rejects.toThrow(/already used, revoked or expired/);
    expect(await getInviteForToken("not-a-real-token-but-long-enough")).toEqual({ state: "unknown" });
    expect(
      acceptInviteSchema.safeParse({ token: revoked.token, name: "x", password: "a-good-password", confirm: "different-password" }).error?.issues[0].message,
    ).toBe("The two passwords do not match.");
  });
});

describe("[ADMIN] last-admin protection", () => {
  it("never leaves the studio without an enabled admin, even when two admins demote each other at once", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "MEMBER" } });
    const a = await person("ADMIN");
    const b = await person("ADMIN");
    const results = await Promise.allSettled([setUserRole(a, b.id, "MEMBER"), setUserRole(b, a.id, "MEMBER")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
    const survivor = (await db.user.findFirstOrThrow({ where: { role: "ADMIN", disabled: false } })).id === a.id ? a : b;
    await expect(setUserRole(survivor, survivor.id, "MEMBER")).rejects.toThrow(/only admin/);
    await expect(setUserDisabled(survivor, survivor.id, true)).rejects.toThrow(/cannot disable your own account/);
    const other = survivor === a ? b : a;
    await setUserRole(survivor, other.id, "ADMIN");
    await setUserDisabled(survivor, other.id, true);
    expect(await db.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
    await expect(setUserRole({ ...other, role: "MEMBER" }, survivor.id, "MEMBER")).rejects.toThrow(/Only admins can do that/);
  });
});

describe("[ADMIN] audit log", () => {
  it("filters by action family, actor and day, and pages in both directions", async () => {
    const admin = await person("ADMIN");
    const total = await db.auditLog.count({ where: { action: { startsWith: "auth." } } });
    const first = await listAuditLog(admin, { action: "auth." }, 5);
    expect(first.items).toHaveLength(5);
    expect(first.items.every((i) => i.action.startsWith("auth."))).toBe(true);
    expect(first.newerCursor).toBeNull();
    const second = await listAuditLog(admin, { action: "auth.", before: first.olderCursor! }, 5);
    expect(second.items[0].id).toBeLessThan(first.items[4].id);
    const back = await listAuditLog(admin, { action: "auth.", after: second.newerCursor! }, 5);
    expect(back.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(total).toBeGreaterThan(10);
    const mine = await listAuditLog(admin, { actor: admin.email.toUpperCase() });
    expect(mine.items.every((i) => i.actorEmail === admin.email)).toBe(true);
    expect((await listAuditLog(admin, { from: "2000-01-01", to: "2000-01-02" })).items).toEqual([]);
    await expect(listAuditLog({ role: "MEMBER" }, {})).rejects.toThrow(/Only admins/);
  });
});
