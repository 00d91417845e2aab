import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, removeTestDatabase } from "@/lib/data/images/test-fixtures";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { listConnectionsForTeam } from "@/lib/data/connections/list-connections-for-team";
import { listTeamMembers } from "@/lib/data/teams/list-team-members";
import { listJobs } from "./list-jobs";
import { restoreJob } from "./restore-job";
import { setJobFavorite } from "./set-job-favorite";
import { trashJob } from "./trash-job";

// A database of its own: SQLite in a temp folder, or PostgreSQL in the TEST_DATABASE=postgresql run.
await vi.hoisted(async () => {
  await import("@/tests/integration/support/test-env");
});

let owner: SessionUser;
let teammate: SessionUser;
let admin: SessionUser;
let outsider: SessionUser;
let teamId: string;

function person(id: string, team: string, role: "ADMIN" | "MEMBER" = "MEMBER"): SessionUser {
  return { id, email: `${id}@example.test`, name: "", role, teamId: team, teams: [{ id: team, name: "t", role: "MEMBER" }] };
}

beforeAll(async () => {
  teamId = (await createTestTeam()).id;
  const otherTeam = (await createTestTeam()).id;
  owner = person((await createTestUser(teamId)).id, teamId);
  teammate = person((await createTestUser(teamId)).id, teamId);
  admin = person((await createTestUser(teamId)).id, teamId, "ADMIN");
  outsider = person((await createTestUser(otherTeam)).id, otherTeam);
});
afterAll(removeTestDatabase);

describe("trash and restore", () => {
  it("lets the creator trash a job: it leaves the gallery, shows in the trash, and is audited", async () => {
    const job = await createTestJob({ teamId, userId: owner.id });
    await trashJob(owner, job.id);
    expect((await listJobs(teammate, { scope: "team" })).items.map((j) => j.id)).not.toContain(job.id);
    expect((await listJobs(owner, { trash: true })).items.map((j) => j.id)).toContain(job.id);
    expect(await db.auditLog.findFirst({ where: { action: "job.trashed", targetId: job.id } })).toMatchObject({ actorId: owner.id });
    await restoreJob(owner, job.id);
    expect((await listJobs(teammate, { scope: "team" })).items.map((j) => j.id)).toContain(job.id);
    expect(await db.auditLog.count({ where: { action: "job.restored", targetId: job.id } })).toBe(1);
  });

  it("refuses a teammate who did not make it, allows an admin", async () => {
    const job = await createTestJob({ teamId, userId: owner.id });
    await expect(trashJob(teammate, job.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await trashJob(admin, job.id);
    // Trashed jobs are hidden from teammates (issue 11 item 14): refused as if it did not exist.
    await expect(restoreJob(teammate, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await restoreJob(admin, job.id);
  });

  it("answers another team as if the job did not exist", async () => {
    const job = await createTestJob({ teamId, userId: owner.id });
    await expect(trashJob(outsider, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("favourites", () => {
  it("marks and unmarks, idempotently, and the Favourites filter follows", async () => {
    const job = await createTestJob({ teamId, userId: owner.id });
    await setJobFavorite(teammate, job.id, true);
    await setJobFavorite(teammate, job.id, true);
    expect((await listJobs(teammate, { favorites: true })).items.map((j) => j.id)).toEqual([job.id]);
    expect((await listJobs(owner, { favorites: true })).items).toEqual([]);
    await setJobFavorite(teammate, job.id, false);
    expect((await listJobs(teammate, { favorites: true })).items).toEqual([]);
  });

  it("cannot favourite a private job of someone else", async () => {
    const job = await createTestJob({ teamId, userId: owner.id, visibility: "PRIVATE" });
    await expect(setJobFavorite(teammate, job.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("filter lists", () => {
  it("lists the team's members by name, without emails", async () => {
    const members = await listTeamMembers(owner);
    expect(members.map((m) => m.id).sort()).toEqual([owner.id, teammate.id, admin.id].sort());
    expect(JSON.stringify(members)).not.toContain("@");
  });

  it("lists active connections open to the team, never a key", async () => {
    const open = await db.vendorConnection.create({
      data: { name: "open-one", protocol: "ttapi", baseUrl: "http://x", keyCiphertext: "secret", keyLast4: "1234" },
    });
    const otherTeams = await db.vendorConnection.create({
      data: {
        name: "others-only",
        protocol: "mjproxy",
        baseUrl: "http://x",
        keyCiphertext: "secret",
        keyLast4: "1234",
        teams: { create: { teamId: outsider.teamId } },
      },
    });
    const disabled = await db.vendorConnection.create({
      data: { name: "off", protocol: "ttapi", baseUrl: "http://x", keyCiphertext: "secret", keyLast4: "1234", status: "DISABLED" },
    });
    const ids = (await listConnectionsForTeam(owner)).map((c) => c.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(otherTeams.id);
    expect(ids).not.toContain(disabled.id);
    expect((await listConnectionsForTeam(outsider)).map((c) => c.id)).toContain(otherTeams.id);
    const [first] = await listConnectionsForTeam(owner);
    expect(Object.keys(first).sort()).toEqual(["capabilities", "id", "isDefault", "name", "protocol"]);
    // Capabilities are booleans only: nothing of the key or the address reaches the browser.
    expect(Object.values(first.capabilities).every((v) => typeof v === "boolean")).toBe(true);
    const mjproxy = (await listConnectionsForTeam(outsider)).find((c) => c.id === otherTeams.id);
    expect(mjproxy?.capabilities).toMatchObject({ shorten: true, faceSwap: true });
  });
});
