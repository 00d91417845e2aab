// Issue 11 items 1 and 2: a submit that outlives the engine's lease, and errors after the vendor
// accepted a job. Durations are scaled 1:10 so the file runs in seconds: the engine's 60 s lease
// becomes 6 s and the slow vendor's 150 s becomes about 15 s. What matters is the ratio: the
// vendor's answer arrives long after an unrenewed lease would have expired (and recovery would
// have failed the job "for review"). The adapter keeps its real timeouts (30 s per request,
// 90 s waiting for MODAL), which the scaled vendor stays inside.
import "./support/test-env";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { queueVaryRegion } from "@/lib/data/jobs/queue-vary-region";
import { createJobEngine } from "@/lib/jobs/engine-instance";
import { subscribeJobEvents } from "@/lib/jobs/event-bus";
import { imagineSchema } from "@/lib/schemas/jobs";
import { storeImageUpload } from "@/lib/uploads/image-upload";
import { finished, startHarness, waitForJob, type Harness } from "./support/harness";
import { imagine } from "./support/queue";
import { startStubMjproxyVendor, type StubMjproxyVendor } from "./support/stub-mjproxy-vendor";
import { SIM_KEY } from "./support/test-env";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

const SCALE = 10;
const LEASE_MS = 60_000 / SCALE;

let h: Harness;
let vendor: StubMjproxyVendor;
let connectionId: string;

beforeAll(async () => {
  h = await startHarness({ webhooks: false, engine: { leaseMs: LEASE_MS } });
  vendor = await startStubMjproxyVendor(SIM_KEY);
  const connection = await createConnection(
    {
      name: "Slow gateway",
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

async function maskFor(width: number, height: number) {
  const data = Buffer.alloc(width * height);
  for (let y = height / 4; y < height / 2; y++) data.fill(255, y * width + width / 4, y * width + width / 2);
  return sharp(data, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

/** An image made on the slow gateway (fast for now), then Vary (Region) on it. */
async function queueVaryRegionOnStub(prompt: string): Promise<{ parentId: string; jobId: string }> {
  vendor.set({});
  const parentId = await imagine(h.engine, h.alice, prompt, { connectionId });
  expect((await waitForJob(parentId, finished)).status).toBe("SUCCEEDED");
  const mask = await storeImageUpload(h.alice.id, await maskFor(512, 512), "masks");
  return { parentId, jobId: "" + (await queueVaryRegion(h.alice, { jobId: parentId, maskKey: mask.key, prompt: "a red door" })).id };
}

describe("[H11.1] a submit longer than the lease", () => {
  it("[H11.1] a vendor that takes 150 s to accept a modal submit: the job finishes with its images and the vendor saw one submit", async () => {
    const { jobId } = await queueVaryRegionOnStub("a harbour before the storm");
    // 25 s for the action's answer + 125 s for the modal's answer: 150 s, 2.5 leases. The
    // adapter sends the modal right after the action's answer (as Dooy's client does), so the
    // whole wait is the vendor's; each request stays inside the adapter's 30 s timeout scaled.
    vendor.set({ submitDelayMs: 2_500, modalOpensAfterMs: 8_500, modalDelayMs: 12_500 });
    // Another studio process's recovery watches the same database: it knows nothing of this
    // submit but its lease, which must stay alive for as long as the vendor takes.
    const otherProcess = createJobEngine({ pollIntervalMs: 100, leaseMs: LEASE_MS });
    await otherProcess.maintain(true); // its start-up pass
    const seen = new Set<string>();
    const watch = setInterval(() => {
      void otherProcess.maintain(true).then(async () => seen.add((await db.job.findUniqueOrThrow({ where: { id: jobId } })).status));
    }, 500);
    const started = Date.now();
    await h.engine.onJobQueued(jobId);

    const job = await waitForJob(jobId, finished, 60_000).finally(() => clearInterval(watch));
    expect([...seen]).not.toContain("FAILED");
    expect(job.failureReason).toBeNull();
    expect(job.status).toBe("SUCCEEDED");
    expect(job.vendorTaskId).toBeTruthy();
    // The premise: the vendor's answer came long after an unrenewed lease would have run out.
    expect(vendor.modalAnsweredAt(job.vendorTaskId!)! - started).toBeGreaterThan(LEASE_MS * 2);
    expect(await db.image.count({ where: { jobId } })).toBe(5);
    // One submit of one task: one action and one modal, nothing sent again.
    expect(vendor.submitsFor(job.notifyId).map((s) => s.path)).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
  }, 90_000);

  it("[H11.1] a vendor task id that arrives after the job was failed for review is adopted, not dropped", async () => {
    const { jobId } = await queueVaryRegionOnStub("a lantern in the fog");
    // Recovery (here: another engine whose clock ran ahead) gives up on the submit while the
    // vendor is still working on the modal, exactly as it does when a lease runs out.
    vendor.set({
      modalDelayMs: 300,
      onModal: async () => {
        await db.job.updateMany({
          where: { id: jobId, status: "QUEUED" },
          data: {
            status: "FAILED",
            submitState: "REVIEW",
            failureCode: "UNCONFIRMED",
            failureReason: "not confirmed",
            finishedAt: new Date(),
            leaseOwner: null,
            leaseUntil: null,
          },
        });
      },
    });
    await h.engine.onJobQueued(jobId);
    const job = await waitForJob(jobId, (j) => j.status === "SUCCEEDED", 30_000);
    expect(job.submitState).toBe("ACCEPTED");
    expect(job.failureCode).toBeNull();
    expect(await db.image.count({ where: { jobId } })).toBe(5);
    expect(vendor.submitsFor(job.notifyId)).toHaveLength(2);
  }, 60_000);
});

describe("[H11.2] once accepted, only the vendor's result finishes a job", () => {
  it("[H11.2] an error after the vendor accepted a job (a throwing event listener) does not fail it: it finishes with its images", async () => {
    let watched = "";
    let seen = 0;
    // The announcement right after acceptance is the job's second event (the first says "queued").
    const unsubscribe = subscribeJobEvents((event) => {
      if (event.jobId === watched && ++seen === 2) throw new Error("a listener broke");
    });
    try {
      const { id } = await queueImagine(h.alice, imagineSchema.parse({ prompt: "a kite over the dunes", connectionId: h.ttapiId }));
      watched = id;
      await h.engine.onJobQueued(id);
      const job = await waitForJob(id, finished);
      expect(seen).toBeGreaterThanOrEqual(2);
      expect(job.failureReason).toBeNull();
      expect(job.status).toBe("SUCCEEDED");
      expect(await db.image.count({ where: { jobId: id } })).toBe(5);
    } finally {
      unsubscribe();
    }
  });
});
