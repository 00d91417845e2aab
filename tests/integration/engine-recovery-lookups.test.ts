// Issue 11 item 17 (engine part): a callback naming a task the vendor does not know, for a job
// under review, must not make the engine ask the vendor again every maintenance pass forever.
import "./support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { startHarness, type Harness } from "./support/harness";
import { startStubMjproxyVendor, type StubMjproxyVendor } from "./support/stub-mjproxy-vendor";
import { SIM_KEY } from "./support/test-env";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

// Recovery look-ups back off from 200 ms here (2 s in production), so the test sees them stop.
const BACKOFF_MS = 200;
let h: Harness;
let vendor: StubMjproxyVendor;
let connectionId: string;

beforeAll(async () => {
  h = await startHarness({ webhooks: true, engine: { recoveryBackoffMs: BACKOFF_MS } });
  vendor = await startStubMjproxyVendor(SIM_KEY);
  const connection = await createConnection(
    {
      name: "Recovery stub",
      protocol: "mjproxy",
      profile: "generic",
      baseUrl: vendor.url,
      apiKey: SIM_KEY,
      concurrency: 10,
    },
    TEST_ACTOR,
  );
  await db.vendorConnection.update({ where: { id: connection.id }, data: { rateLimitPerMin: 100_000 } });
  connectionId = connection.id;
});
afterAll(async () => {
  await h?.stop();
  await vendor?.close();
});

/** A job the engine failed "for review" and a stored callback naming `taskId` for it. */
async function jobUnderReviewWithCallback(taskId: string) {
  const job = await db.job.create({
    data: {
      kind: "IMAGINE",
      prompt: "a message in a bottle",
      connectionId,
      teamId: h.alice.teamId,
      userId: h.alice.id,
      status: "FAILED",
      submitState: "REVIEW",
      failureCode: "UNCONFIRMED",
      failureReason: "not confirmed",
      finishedAt: new Date(),
    },
  });
  await db.webhookEvent.create({
    data: { jobId: job.id, body: JSON.stringify({ id: taskId, status: "SUCCESS", progress: "100%", state: job.notifyId, action: "IMAGINE" }) },
  });
  return job;
}

/** Maintenance passes as the engine runs them (every 2 s in production), forced back to back. */
async function maintain(passes: number) {
  for (let i = 0; i < passes; i++) {
    await h.engine.maintain(true);
    await new Promise((r) => setTimeout(r, 60));
  }
}

/** Maintenance passes until the job's callbacks are handled (or `ms` passed). */
async function maintainUntilProcessed(jobId: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && (await db.webhookEvent.count({ where: { jobId, processedAt: null } }))) await maintain(1);
}

describe("[H11.17] recovery look-ups back off and stop", () => {
  it("[H11.17] a callback naming a task the vendor does not know is looked up once, then marked processed with the reason", async () => {
    const job = await jobUnderReviewWithCallback("4040404040404040");
    await maintain(25);
    expect(vendor.fetchesOf("4040404040404040").length).toBeLessThanOrEqual(1);
    const events = await db.webhookEvent.findMany({ where: { jobId: job.id } });
    expect(events.every((e) => e.processedAt !== null)).toBe(true);
    expect(events[0].error).toMatch(/no task/i);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("FAILED");
  });

  it("[H11.17] a vendor that keeps erroring is asked a bounded number of times with growing pauses, then the callback is given up", async () => {
    vendor.set({
      unknownTask: (res) => res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ code: 9, description: "system busy" })),
    });
    const job = await jobUnderReviewWithCallback("5050505050505050");
    await maintainUntilProcessed(job.id, 12_000);
    const calls = vendor.fetchesOf("5050505050505050");
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(6);
    // Each pause is at least twice the one before: 200 ms, 400 ms, 800 ms … (a busy machine
    // only makes them longer).
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i].at);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(BACKOFF_MS * 2 ** i - 20));
    const events = await db.webhookEvent.findMany({ where: { jobId: job.id } });
    expect(events.every((e) => e.processedAt !== null)).toBe(true);
    expect(events[0].error).toMatch(/gave up/i);
    await maintain(5);
    expect(vendor.fetchesOf("5050505050505050")).toHaveLength(calls.length);
  }, 30_000);
});
