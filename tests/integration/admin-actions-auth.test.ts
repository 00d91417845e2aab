import "./support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { db } from "@/lib/db";
import { createUser } from "@/lib/trusted/users/create-user";
import { addConnectionAction } from "@/lib/actions/add-connection-action";
import { editConnectionAction } from "@/lib/actions/edit-connection-action";
import { setConnectionStatusAction } from "@/lib/actions/set-connection-status-action";
import { setDefaultConnectionAction } from "@/lib/actions/set-default-connection-action";
import { removeConnectionAction } from "@/lib/actions/remove-connection-action";
import { testConnectionAction } from "@/lib/actions/test-connection-action";
import { createInviteAction } from "@/lib/actions/create-invite-action";
import { revokeInviteAction } from "@/lib/actions/revoke-invite-action";
import { setUserRoleAction } from "@/lib/actions/set-user-role-action";
import { setUserDisabledAction } from "@/lib/actions/set-user-disabled-action";
import { createTeamAction } from "@/lib/actions/create-team-action";
import { addTeamMemberAction } from "@/lib/actions/add-team-member-action";
import { removeTeamMemberAction } from "@/lib/actions/remove-team-member-action";
import { setTeamMemberRoleAction } from "@/lib/actions/set-team-member-role-action";
import { setBudgetAction } from "@/lib/actions/set-budget-action";
import { setActiveTeamAction } from "@/lib/actions/set-active-team-action";
import { imagineAction } from "@/lib/actions/imagine-action";
import { GET as adminConnectionsRoute } from "@/app/api/admin/connections/route";
import { GET as adminUsersRoute } from "@/app/api/admin/users/route";
import { GET as adminUsageRoute } from "@/app/api/admin/usage/route";
import { GET as adminUsageCsvRoute } from "@/app/api/admin/usage/csv/route";
import { GET as adminAuditRoute } from "@/app/api/admin/audit/route";
import { startHarness, type Harness } from "./support/harness";
import { SIM_KEY } from "./support/test-env";

const CANARY = "sk-canary-ATELIER-7f3a9c1e";
let h: Harness;
let admin: { id: string; teamId: string };
let connectionId: string;
let inviteId: string;

const as = async (user: { id: string } | null) => {
  signInAs(user, user ? (await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion : 0);
};
const auditText = async () => JSON.stringify(await db.auditLog.findMany());

/** Every admin action, called with valid input aimed at real rows. */
const everyAdminAction = () => [
  addConnectionAction({
    name: "Sneaky",
    protocol: "mjproxy",
    baseUrl: `${h.sim.url}/mjproxy`,
    apiKey: "sk-sneaky-key-0000",
    concurrency: 2,
    rateLimitPerMin: 10,
  }),
  editConnectionAction({ id: connectionId, name: "Renamed", baseUrl: `${h.sim.url}/mjproxy`, concurrency: 1, rateLimitPerMin: 1 }),
  setConnectionStatusAction({ id: connectionId, status: "DISABLED" }),
  setDefaultConnectionAction({ id: connectionId }),
  removeConnectionAction({ id: connectionId }),
  testConnectionAction({ id: connectionId }),
  createInviteAction({ teamId: admin.teamId, role: "ADMIN" }),
  revokeInviteAction({ inviteId }),
  setUserRoleAction({ userId: h.bob.id, role: "ADMIN" }),
  setUserDisabledAction({ userId: admin.id, disabled: true }),
  createTeamAction({ name: "Coup" }),
  addTeamMemberAction({ teamId: admin.teamId, userId: h.mallory.id }),
  removeTeamMemberAction({ teamId: admin.teamId, userId: h.alice.id }),
  setTeamMemberRoleAction({ teamId: admin.teamId, userId: h.bob.id, role: "OWNER" }),
  setBudgetAction({ scope: "TEAM", scopeId: admin.teamId, jobsPerDay: 0 }),
];
const everyAdminRoute = () => [
  adminConnectionsRoute(),
  adminUsersRoute(),
  adminUsageRoute(new Request("http://x/api/admin/usage")),
  adminUsageCsvRoute(new Request("http://x/api/admin/usage/csv")),
  adminAuditRoute(new Request("http://x/api/admin/audit")),
];

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  const created = await createUser({ email: `root-${process.pid}@int.test`, password: "integration-password", role: "ADMIN", teamName: h.alice.teams[0].name });
  admin = { id: created.id, teamId: created.teamId };
  await as(admin);
  const added = await addConnectionAction({
    name: "Canary MJ",
    protocol: "mjproxy",
    profile: "newapi",
    baseUrl: `${h.sim.url}/mjproxy/`,
    apiKey: CANARY,
    concurrency: 3,
    rateLimitPerMin: 30,
  });
  connectionId = added.data!.id;
  inviteId = (await createInviteAction({ teamId: admin.teamId }))!.data!.id;
});
afterAll(async () => h?.stop());

describe("[ADMIN] actions refuse anyone but an admin", () => {
  it("refuses every admin action and route when signed out", async () => {
    await as(null);
    for (const result of await Promise.all(everyAdminAction())) expect(result).toEqual({ error: "Please sign in." });
    for (const response of await Promise.all(everyAdminRoute())) expect(response.status).toBe(401);
  });

  it("refuses every admin action and route for a MEMBER, and changes nothing", async () => {
    const before = { audit: await db.auditLog.count(), connection: await db.vendorConnection.findUniqueOrThrow({ where: { id: connectionId } }) };
    await as(h.alice);
    for (const result of await Promise.all(everyAdminAction())) expect(result).toEqual({ error: "Only admins can do that." });
    for (const response of await Promise.all(everyAdminRoute())) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "Only admins can do that." });
    }
    expect(await db.vendorConnection.findUniqueOrThrow({ where: { id: connectionId } })).toEqual(before.connection);
    expect(await db.vendorConnection.count({ where: { name: "Sneaky" } })).toBe(0);
    expect(await db.team.count({ where: { name: "Coup" } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: h.bob.id } })).role).toBe("MEMBER");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
    expect(await db.budget.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(before.audit);
  });

  it("refuses invalid input before touching anything, even for an admin", async () => {
    await as(admin);
    expect(
      (await addConnectionAction({ name: "x", protocol: "mjproxy", baseUrl: "ftp://nope", apiKey: "short", concurrency: 0, rateLimitPerMin: 1 })).error,
    ).toMatch(/base URL must start with http.*API key looks too short.*Concurrency must be at least 1/);
    expect((await setBudgetAction({ scope: "USER", scopeId: h.alice.id, jobsPerDay: -1 })).error).toMatch(/Jobs per day must be a number/);
  });
});

describe("[ADMIN] vendor keys stay secret", () => {
  it("shows only the last 4 characters and never puts the key in a response or an audit row", async () => {
    await as(admin);
    const response = await adminConnectionsRoute();
    const text = await response.text();
    expect(text).toContain("••••9c1e");
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain("keyCiphertext");
    const edited = await editConnectionAction({
      id: connectionId,
      name: "Canary MJ",
      profile: "newapi",
      baseUrl: `${h.sim.url}/mjproxy`,
      apiKey: "",
      concurrency: 4,
      rateLimitPerMin: 30,
    });
    expect(edited.data?.changed).toEqual(["concurrency"]);
    expect(JSON.stringify(edited)).not.toContain(CANARY);
    expect((await db.vendorConnection.findUniqueOrThrow({ where: { id: connectionId } })).keyLast4).toBe("9c1e");
    expect(await auditText()).not.toContain(CANARY);
    expect(await auditText()).toContain("connection.created");
  });

  it("Test connection reports a wrong key as a bad key, and the right one as OK with its latency", async () => {
    await as(admin);
    const bad = await testConnectionAction({ id: connectionId });
    expect(bad.data).toMatchObject({ ok: false, verdict: "bad_key" });
    expect(bad.data!.message).toMatch(/^Bad key: the vendor refused the API key/);
    expect(JSON.stringify(bad)).not.toContain(CANARY);

    const fixed = await editConnectionAction({
      id: connectionId,
      name: "Canary MJ",
      profile: "newapi",
      baseUrl: `${h.sim.url}/mjproxy`,
      apiKey: SIM_KEY,
      concurrency: 4,
      rateLimitPerMin: 30,
    });
    expect(fixed.data?.changed).toEqual(["apiKey"]);
    const good = await testConnectionAction({ id: connectionId });
    expect(good.data).toMatchObject({ ok: true, verdict: "ok" });
    expect(good.data!.message).toMatch(/^OK: answered in \d+ ms/);
    expect(await auditText()).not.toContain(SIM_KEY);

    // Another origin needs the key entered again (issue 11 item 11).
    await editConnectionAction({
      id: connectionId,
      name: "Canary MJ",
      profile: "newapi",
      baseUrl: "http://127.0.0.1:9/mjproxy",
      apiKey: SIM_KEY,
      concurrency: 4,
      rateLimitPerMin: 30,
    });
    const down = await testConnectionAction({ id: connectionId });
    expect(down.data).toMatchObject({ ok: false, verdict: "unreachable" });
    expect(down.data!.message).toMatch(/^Unreachable/);
  });

  it("a retired connection takes no new jobs; a disabled one also fails the jobs waiting for it", async () => {
    await as(admin);
    await editConnectionAction({
      id: connectionId,
      name: "Canary MJ",
      profile: "newapi",
      baseUrl: `${h.sim.url}/mjproxy`,
      apiKey: SIM_KEY,
      concurrency: 4,
      rateLimitPerMin: 30,
    });
    expect((await setConnectionStatusAction({ id: connectionId, status: "RETIRED" })).data).toMatchObject({ name: "Canary MJ" });
    await as(h.alice);
    expect((await imagineAction({ prompt: "a retired fox", connectionId })).error).toMatch(/not taking new jobs/);
    await as(admin);
    await setConnectionStatusAction({ id: connectionId, status: "ACTIVE" });
    h.engine.stop();
    const waiting = await db.job.create({ data: { kind: "IMAGINE", prompt: "waiting", teamId: h.alice.teamId, userId: h.alice.id, connectionId } });
    const disabled = await setConnectionStatusAction({ id: connectionId, status: "DISABLED" });
    h.engine.start();
    expect(disabled.data).toEqual({ name: "Canary MJ", failedJobs: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "FAILED",
      failureReason: expect.stringMatching(/admin disabled the vendor connection/),
    });
    expect((await setDefaultConnectionAction({ id: connectionId })).error).toMatch(/only an active connection can be the default/);
  });
});

describe("[ADMIN] people, teams and budgets", () => {
  it("a budget of 2 jobs per day refuses the third with a clear message, and is audited", async () => {
    await as(admin);
    expect(await setBudgetAction({ scope: "USER", scopeId: h.bob.id, jobsPerDay: 2, quotaPerDay: "" })).toEqual({ data: { ok: true } });
    await as(h.bob);
    expect((await imagineAction({ prompt: "budget one" })).data?.jobId).toBeTruthy();
    expect((await imagineAction({ prompt: "budget two" })).data?.jobId).toBeTruthy();
    expect(await imagineAction({ prompt: "budget three" })).toEqual({ error: "Your daily budget of 2 jobs is used up. It resets at midnight UTC." });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "budget.changed", targetId: h.bob.id } });
    expect(JSON.parse(row.details)).toMatchObject({ scope: "USER", to: { jobsPerDay: 2, quotaPerDay: null } });
    await as(admin);
    await setBudgetAction({ scope: "USER", scopeId: h.bob.id, jobsPerDay: null, quotaPerDay: null });
    expect(await db.budget.count({ where: { scopeId: h.bob.id } })).toBe(0);
  });

  it("teams: create, add, set the team role, switch, and keep everyone in at least one team", async () => {
    await as(admin);
    const team = (await createTeamAction({ name: `Night shift ${process.pid}` })).data!;
    expect((await createTeamAction({ name: team.name.toUpperCase() })).error).toMatch(/already exists/);
    expect(await addTeamMemberAction({ teamId: team.id, userId: h.mallory.id, role: "MEMBER" })).toEqual({ data: { ok: true } });
    expect(await setTeamMemberRoleAction({ teamId: team.id, userId: h.mallory.id, role: "OWNER" })).toEqual({ data: { ok: true } });
    await as(h.mallory);
    expect((await setActiveTeamAction({ teamId: team.id })).data).toEqual({ id: team.id, name: team.name });
    expect((await setActiveTeamAction({ teamId: admin.teamId })).error).toMatch(/not a member of that team/);
    await as(admin);
    expect(await removeTeamMemberAction({ teamId: team.id, userId: h.mallory.id })).toEqual({ data: { ok: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: h.mallory.id } })).activeTeamId).toBeNull();
    expect((await removeTeamMemberAction({ teamId: h.mallory.teamId, userId: h.mallory.id })).error).toMatch(/in no other team/);
    const actions = (await db.auditLog.findMany({ where: { targetId: team.id } })).map((r) => r.action);
    expect(actions).toEqual(["team.created", "team.member_added", "team.role_changed", "team.member_removed"]);
  });

  it("a role change or a disable ends the person's sessions; the last admin cannot step down", async () => {
    await as(admin);
    expect((await setUserRoleAction({ userId: admin.id, role: "MEMBER" })).error).toBe(
      "You are the only admin: make someone else an admin before you step down.",
    );
    expect((await setUserDisabledAction({ userId: admin.id, disabled: true })).error).toMatch(/cannot disable your own account/);
    const sv = (await db.user.findUniqueOrThrow({ where: { id: h.bob.id } })).sessionVersion;
    expect((await setUserRoleAction({ userId: h.bob.id, role: "ADMIN" })).data).toMatchObject({ signedOutSelf: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: h.bob.id } })).sessionVersion).toBe(sv + 1);
    signInAs(h.bob, sv);
    expect(await setBudgetAction({ scope: "TEAM", scopeId: admin.teamId, jobsPerDay: 5 })).toEqual({ error: "Please sign in." });
    await as(admin);
    expect((await setUserDisabledAction({ userId: h.alice.id, disabled: true })).data).toMatchObject({ email: h.alice.email });
    signInAs(h.alice, (await db.user.findUniqueOrThrow({ where: { id: h.alice.id } })).sessionVersion);
    expect(await imagineAction({ prompt: "after disable" })).toEqual({ error: "Please sign in." });
    await as(admin);
    await setUserDisabledAction({ userId: h.alice.id, disabled: false });
    // With bob an admin too, the first admin may step down (and is signed out by it).
    expect((await setUserRoleAction({ userId: admin.id, role: "MEMBER" })).data).toMatchObject({ signedOutSelf: true });
    const actions = (await db.auditLog.findMany({ where: { action: { startsWith: "user." } }, orderBy: { id: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["user.role_changed", "user.disabled", "user.enabled", "user.role_changed"]);
  });
});
