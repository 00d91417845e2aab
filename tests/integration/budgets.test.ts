// Issue 11 item 3: budgets are reserved atomically when a job is created, count work still in
// flight, and mean something for every protocol (a cost per action kind, per connection).
import "./support/test-env";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listBudgets } from "@/lib/data/budgets/list-budgets";
import { editConnection } from "@/lib/data/connections/edit-connection";
import { listAdminConnections } from "@/lib/data/connections/list-admin-connections";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { isAppError } from "@/lib/errors";
import { editConnectionSchema } from "@/lib/schemas/connections";
import { imagineSchema } from "@/lib/schemas/jobs";
import { finished, startHarness, waitForJob, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ webhooks: false });
});
afterAll(async () => h?.stop());
afterEach(async () => {
  h.engine.start();
  await h.control({}, "/reset");
  await db.budget.deleteMany();
  await db.job.updateMany({ where: { status: { in: ["QUEUED", "SUBMITTED", "RUNNING"] } }, data: { status: "CANCELLED" } });
});

const queue = (user: SessionUser, prompt: string, extra: Record<string, unknown> = {}) =>
  queueImagine(user, imagineSchema.parse({ prompt, connectionId: h.ttapiId, ...extra }));

async function usedToday(user: SessionUser) {
  const { users } = await listBudgets({ role: "ADMIN" });
  return users.find((u) => u.scopeId === user.id)!.today;
}

describe("[H11.3] budgets hold", () => {
  it("[H11.3] parallel submits cannot pass a jobs-per-day budget", async () => {
    await db.budget.create({ data: { scope: "TEAM", scopeId: h.mallory.teamId, jobsPerDay: 3 } });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => queue(h.mallory, `a stampede ${i}`)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of refused) expect(isAppError(r.reason) && r.reason.code).toBe("BUDGET_EXCEEDED");
    expect(await db.job.count({ where: { teamId: h.mallory.teamId, status: { not: "CANCELLED" } } })).toBe(3);
  });

  it("[H11.3] a job still queued counts against a quota budget (reserved at creation)", async () => {
    h.engine.stop();
    // A TTAPI imagine reserves 3 units (a fast grid); 3 + 3 is over a budget of 5.
    await db.budget.create({ data: { scope: "USER", scopeId: h.bob.id, quotaPerDay: 5 } });
    await queue(h.bob, "the first lantern");
    await expect(queue(h.bob, "the second lantern")).rejects.toThrow(/5 quota units/);
    expect(await usedToday(h.bob)).toMatchObject({ jobs: 1, quota: 3, reserved: 3 });
  });

  it("[H11.3] a reservation is released when the job fails without being charged", async () => {
    h.engine.stop();
    await db.budget.create({ data: { scope: "USER", scopeId: h.bob.id, quotaPerDay: 4 } });
    const banned = await queue(h.bob, "a scene full of gore");
    await expect(queue(h.bob, "waiting for room")).rejects.toThrow(/budget/);
    h.engine.start();
    expect((await waitForJob(banned.id, finished)).status).toBe("FAILED");
    const next = await queue(h.bob, "room again");
    expect((await waitForJob(next.id, finished)).status).toBe("SUCCEEDED");
  });

  it("[H11.3] the vendor's real charge replaces the reservation (TTAPI quota)", async () => {
    const { id } = await queue(h.alice, "a relaxed afternoon", { mode: "relax" });
    const job = await waitForJob(id, finished);
    expect(job.status).toBe("SUCCEEDED");
    // The simulator charges 1 unit for a relax grid (packages/vendor-simulator/src/ttapi/ttapi-quota.ts), 3 were reserved.
    expect(job.quotaUsed).toBe(1);
    expect(await usedToday(h.alice)).toMatchObject({ quota: 1, reserved: 0 });
  });

  it("[H11.3] a midjourney-proxy job costs what its connection sets per action kind", async () => {
    await db.vendorConnection.update({ where: { id: h.mjproxyId }, data: { actionCosts: JSON.stringify({ imagine: 2.5 }) } });
    await db.budget.create({ data: { scope: "USER", scopeId: h.alice.id, quotaPerDay: 4 } });
    const before = (await usedToday(h.alice)).quota;
    await db.budget.update({ where: { scope_scopeId: { scope: "USER", scopeId: h.alice.id } }, data: { quotaPerDay: before + 4 } });
    const { id } = await queueImagine(h.alice, imagineSchema.parse({ prompt: "a gateway at dusk", connectionId: h.mjproxyId }));
    // 2.5 reserved; a second would make 5 > 4.
    await expect(queueImagine(h.alice, imagineSchema.parse({ prompt: "one more", connectionId: h.mjproxyId }))).rejects.toThrow(/budget/);
    const job = await waitForJob(id, finished);
    expect(job.status).toBe("SUCCEEDED");
    // midjourney-proxy reports no charge: the connection's price is what the job cost.
    expect(job.quotaUsed).toBe(2.5);
    expect(await usedToday(h.alice)).toMatchObject({ quota: before + 2.5, reserved: 0 });
  });

  it("[H11.3] an admin sets a connection's prices in the vendor form; its new jobs reserve them", async () => {
    const admin = { id: h.alice.id, email: h.alice.email, role: "ADMIN" as const };
    const current = (await listAdminConnections(admin)).find((c) => c.id === h.mjproxyId)!;
    const form = {
      id: current.id,
      name: current.name,
      profile: current.profile,
      baseUrl: current.baseUrl,
      defaultMode: current.defaultMode,
      concurrency: current.concurrency,
      rateLimitPerMin: 6000,
      teamIds: [],
    };
    expect(editConnectionSchema.safeParse({ ...form, actionCosts: { imagine: -2 } }).error?.issues[0].message).toBe(
      "The cost of Imagine (and reroll) must be 0 or more.",
    );
    const saved = await editConnection(admin, editConnectionSchema.parse({ ...form, actionCosts: { imagine: 0.4, upscale: 0.2 } }));
    expect(saved.changed).toContain("actionCosts");
    expect((await listAdminConnections(admin)).find((c) => c.id === h.mjproxyId)!.actionCosts).toEqual({ imagine: 0.4, upscale: 0.2 });
    h.engine.stop();
    const { id } = await queueImagine(h.bob, imagineSchema.parse({ prompt: "priced by the admin", connectionId: h.mjproxyId }));
    expect((await db.job.findUniqueOrThrow({ where: { id } })).cost).toBe(0.4);
    expect(await db.auditLog.count({ where: { action: "connection.updated", targetId: h.mjproxyId } })).toBeGreaterThan(0);
  });
});
