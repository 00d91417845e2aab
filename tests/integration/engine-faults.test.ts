import "./support/test-env";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queuePositions } from "@/lib/data/jobs/queue-positions";
import { subscribeJobEvents } from "@/lib/jobs/event-bus";
import { storedKeys } from "@/lib/testing/stored-keys";
import { finished, startHarness, waitForJob, type Harness } from "./support/harness";
import { imagine } from "./support/queue";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ webhooks: true });
});
afterAll(async () => h?.stop());
beforeEach(async () => {
  await h.control({}, "/reset");
});

// Objects only: a local store's unfinished temp files are outside the key space, never listed.
const filesOf = (jobId: string) => storedKeys(`jobs/${jobId}/`);

describe("[ENGINE] webhooks", () => {
  it("duplicates ×10, concurrently, give one result", async () => {
    await h.control({ webhooks: { duplicate: 10 } });
    const jobId = await imagine(h.engine, h.alice, "ten echoes of a bell");
    // Ten more refreshes racing the duplicated callbacks.
    await Promise.all(Array.from({ length: 10 }, () => h.engine.refreshJob(jobId)));
    const job = await waitForJob(jobId, finished);
    await Promise.all(Array.from({ length: 10 }, () => h.engine.refreshJob(jobId)));
    expect(job.status).toBe("SUCCEEDED");
    expect(await db.image.count({ where: { jobId } })).toBe(5);
    const files = await filesOf(jobId);
    expect(new Set(files).size).toBe(files.length);
    const events = await db.jobEvent.findMany({ where: { jobId } });
    expect(events.length).toBeLessThan(20);
  });

  it("out-of-order events never move a job back and progress never decreases", async () => {
    await h.control({ webhooks: { outOfOrder: true } });
    const seen: { status: string; progress: number }[] = [];
    let jobId = "";
    const unsubscribe = subscribeJobEvents(async (event) => {
      if (event.jobId !== jobId) return;
      const job = await db.job.findUnique({ where: { id: jobId } });
      if (job) seen.push({ status: job.status, progress: job.progress });
    });
    jobId = await imagine(h.engine, h.alice, "pages shuffled by the wind");
    await waitForJob(jobId, finished);
    await new Promise((r) => setTimeout(r, 600)); // the held-back callbacks arrive after the final one
    unsubscribe();
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("SUCCEEDED");
    expect(job.progress).toBe(100);
    const hooks = (await h.control(undefined, "/webhooks")) as unknown[];
    expect(Array.isArray(hooks) ? hooks.length : 1).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i].progress).toBeGreaterThanOrEqual(seen[i - 1].progress);
  });

  it("a forged token gets 404 and changes nothing", async () => {
    const before = await db.webhookEvent.count();
    for (const token of ["forged-token-forged-token-000", "x", "../../etc/passwd"]) {
      const response = await fetch(`${h.receiverUrl}/api/webhooks/${token}`, { method: "POST", body: JSON.stringify({ status: "SUCCESS", jobId: "nope" }) });
      expect(response.status).toBe(404);
    }
    expect(await db.webhookEvent.count()).toBe(before);
  });

  it("stores the raw event before acknowledging", async () => {
    const jobId = await imagine(h.engine, h.alice, "a letter in a bottle");
    await waitForJob(jobId, finished);
    const events = await db.webhookEvent.findMany({ where: { jobId } });
    expect(events.length).toBeGreaterThan(0);
    expect(() => JSON.parse(events[0].body)).not.toThrow();
  });

  it("finishes jobs by polling alone when every webhook is dropped", async () => {
    await h.control({ webhooks: { drop: true } });
    const jobId = await imagine(h.engine, h.alice, "a silent film");
    const job = await waitForJob(jobId, finished);
    expect(job.status).toBe("SUCCEEDED");
    expect(await db.webhookEvent.count({ where: { jobId } })).toBe(0);
    expect(await db.image.count({ where: { jobId } })).toBe(5);
  });
});

describe("[ENGINE] vendor errors", () => {
  it("retries a fetch that gets 5xx and still finishes", async () => {
    await h.control({ webhooks: { drop: true }, fetchErrors: { count: 4, httpStatus: 502 } });
    const jobId = await imagine(h.engine, h.alice, "a stormy harbour");
    expect((await waitForJob(jobId, finished)).status).toBe("SUCCEEDED");
  });

  it.each([
    ["TTAPI", { httpStatus: 401, vendorCode: -3, protocol: "ttapi" }],
    ["midjourney-proxy", { httpStatus: 401, protocol: "mjproxy" }],
  ] as const)("a 401 on submit (%s) fails the job with a clear reason and is not retried", async (_name, knob) => {
    await h.control({ submitErrors: { count: 1, ...knob } });
    const jobId = await imagine(h.engine, h.alice, "a locked door", { connectionId: knob.protocol === "ttapi" ? h.ttapiId : h.mjproxyId });
    const job = await waitForJob(jobId, finished);
    expect(job.status).toBe("FAILED");
    expect(job.failureCode).toBe("BAD_KEY");
    expect(job.failureReason).toMatch(/rejected the studio's API key/);
    await new Promise((r) => setTimeout(r, 500));
    const submits = (await h.control(undefined, "/submits")) as { byNotifyId: Record<string, { total: number }> };
    expect(submits.byNotifyId[job.notifyId]?.total ?? 0).toBe(1);
  });

  it("a banned prompt fails with words a person understands", async () => {
    const jobId = await imagine(h.engine, h.alice, "a scene full of gore");
    const job = await waitForJob(jobId, finished);
    expect(job.status).toBe("FAILED");
    expect(job.failureCode).toBe("BANNED_PROMPT");
    expect(job.failureReason).toMatch(/refused this prompt/);
  });
});

describe("[ENGINE] dispatch", () => {
  it("never exceeds a connection's concurrency limit with 25 queued jobs, and shows who waits for a slot", async () => {
    await db.vendorConnection.update({ where: { id: h.ttapiId }, data: { concurrency: 4 } });
    await h.control({ stepMs: 60 });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 25; i++) ids.push(await imagine(h.engine, h.alice, `crowd member ${i}`));
      let maxActive = 0;
      let sawWaiting = false;
      while (true) {
        const jobs = await db.job.findMany({ where: { id: { in: ids } } });
        const active = jobs.filter(
          (j) => ["SUBMITTED", "RUNNING", "NEEDS_INPUT"].includes(j.status) || (j.status === "QUEUED" && j.submitState !== "NONE"),
        ).length;
        maxActive = Math.max(maxActive, active);
        if (!sawWaiting) sawWaiting = [...(await queuePositions(jobs)).values()].some((q) => q.waiting && q.position > 0);
        if (jobs.every(finished)) break;
        await new Promise((r) => setTimeout(r, 15));
      }
      expect(maxActive).toBeLessThanOrEqual(4);
      expect(maxActive).toBeGreaterThan(1);
      expect(sawWaiting).toBe(true);
      expect(await db.job.count({ where: { id: { in: ids }, status: "SUCCEEDED" } })).toBe(25);
    } finally {
      await db.vendorConnection.update({ where: { id: h.ttapiId }, data: { concurrency: 10 } });
    }
    // 25 jobs through a 4-wide connection, each with its image ingest: about 30 s on a quiet
    // machine; what is checked does not depend on time, so a busy one may take longer.
  }, 240_000);

  it("times out a stuck job with a clear reason", async () => {
    await h.control({ stepMs: 60_000, webhooks: { drop: true } });
    const jobId = await imagine(h.engine, h.alice, "a clock that stopped");
    await waitForJob(jobId, (j) => j.status === "SUBMITTED" || j.status === "RUNNING");
    await db.job.update({ where: { id: jobId }, data: { submittedAt: new Date(Date.now() - 3600_000) } });
    await h.engine.maintain(true);
    const job = await waitForJob(jobId, finished);
    expect(job.failureCode).toBe("TIMEOUT");
    expect(job.failureReason).toMatch(/did not finish this job in time/);
  });
});
