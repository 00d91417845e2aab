import "./support/test-env";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestTeam, createTestUser } from "@/lib/data/images/test-fixtures";
import { claimJob } from "@/lib/trusted/engine/claim-job";

afterAll(async () => db.$disconnect());

async function queuedJobs(count: number, concurrency: number): Promise<{ connectionId: string; jobIds: string[] }> {
  const team = await createTestTeam();
  const user = await createTestUser(team.id);
  const connection = await db.vendorConnection.create({
    data: { name: `claims-${randomUUID()}`, protocol: "ttapi", baseUrl: "http://127.0.0.1:9", keyCiphertext: "x", keyLast4: "0000", concurrency },
  });
  const jobIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const job = await db.job.create({
      data: { teamId: team.id, userId: user.id, connectionId: connection.id, kind: "IMAGINE", prompt: `p${i}`, status: "QUEUED" },
    });
    jobIds.push(job.id);
  }
  return { connectionId: connection.id, jobIds };
}

// Issue 13: several studio processes claim from one database, each from its own candidate list;
// the limit must hold across all of them. Engines are played here by concurrent claims, as two
// processes' dispatchers would send them (on PostgreSQL over separate pooled connections).
describe("claims keep a connection within its concurrency limit, whoever claims", () => {
  it("20 concurrent claims for a connection limited to 3: exactly 3 win", async () => {
    const { connectionId, jobIds } = await queuedJobs(20, 3);
    const tokens = await Promise.all(jobIds.map((id, i) => claimJob(id, 0, `engine-${i % 2}`, 60_000, `hash-${id}`)));
    expect(tokens.filter((token) => token !== null)).toHaveLength(3);
    expect(await db.job.count({ where: { connectionId, submitState: "SUBMITTING" } })).toBe(3);
    // The losers are untouched: still queued with their original fencing token, claimable later.
    expect(await db.job.count({ where: { connectionId, submitState: "NONE", fencingToken: 0 } })).toBe(17);
  });

  it("a slot freed by a finished job is claimable again, and a job at the vendor holds its slot", async () => {
    const { jobIds } = await queuedJobs(3, 1);
    expect(await claimJob(jobIds[0], 0, "a", 60_000, "h0")).toBe(1);
    expect(await claimJob(jobIds[1], 0, "b", 60_000, "h1")).toBeNull();
    await db.job.update({ where: { id: jobIds[0] }, data: { status: "RUNNING", submitState: "ACCEPTED" } });
    expect(await claimJob(jobIds[1], 0, "b", 60_000, "h1")).toBeNull();
    await db.job.update({ where: { id: jobIds[0] }, data: { status: "SUCCEEDED" } });
    expect(await claimJob(jobIds[1], 0, "b", 60_000, "h1")).toBe(1);
  });
});
