// Issue 11 items 5 and 6: a disabled connection sends nothing, and one slow vendor never holds
// back another connection's jobs or floods the process with image ingests.
import "./support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { imagineSchema } from "@/lib/schemas/jobs";
import { finished, startHarness, waitForJob, type Harness } from "./support/harness";
import { imagine } from "./support/queue";
import { startStubMjproxyVendor, type StubMjproxyVendor } from "./support/stub-mjproxy-vendor";
import { SIM_KEY } from "./support/test-env";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

let h: Harness;
const vendors: StubMjproxyVendor[] = [];

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
});
afterAll(async () => {
  await h?.stop();
  for (const vendor of vendors) await vendor.close();
});

/** A stub midjourney-proxy vendor on a connection of its own, open to every team. */
async function stubConnection(name: string) {
  const vendor = await startStubMjproxyVendor(SIM_KEY);
  vendors.push(vendor);
  const connection = await createConnection(
    { name, protocol: "mjproxy", profile: "generic", baseUrl: vendor.url, apiKey: SIM_KEY, concurrency: 10 },
    TEST_ACTOR,
  );
  await db.vendorConnection.update({ where: { id: connection.id }, data: { rateLimitPerMin: 100_000 } });
  return { vendor, connectionId: connection.id };
}

/**
 * Jobs of another team (Mallory's) on the simulator: they must keep finishing, well before the
 * hanging vendor's requests time out (30 s, the adapter's default), which is when an engine that
 * waited for every vendor together would have moved on.
 */
const WELL_BEFORE_THE_HANG_ENDS_MS = 20_000;
async function otherTeamFinishes(count: number, withinMs: number) {
  const started = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await imagine(h.engine, h.mallory, `a quiet garden ${i}`, { connectionId: h.ttapiId }));
  for (const id of ids) expect((await waitForJob(id, finished, withinMs)).status).toBe("SUCCEEDED");
  return Date.now() - started;
}

describe("[H11.6] each connection progresses on its own", () => {
  it("[H11.6] a vendor that never answers a submit does not hold back another team's jobs", async () => {
    const { vendor, connectionId } = await stubConnection("Hanging submits");
    vendor.set({ hangSubmits: true });
    const stuck = [
      await imagine(h.engine, h.alice, "a door that never opens", { connectionId }),
      await imagine(h.engine, h.alice, "a second door", { connectionId }),
    ];
    await waitForJob(stuck[0], () => vendor.submitCount() >= 2, 5_000);
    // The hanging submits stay in flight for the adapter's 30 s request timeout.
    expect(await otherTeamFinishes(3, WELL_BEFORE_THE_HANG_ENDS_MS)).toBeLessThan(WELL_BEFORE_THE_HANG_ENDS_MS);
    for (const id of stuck) expect((await db.job.findUniqueOrThrow({ where: { id } })).status).toBe("QUEUED");
  }, 45_000);

  it("[H11.6] a vendor that never answers a status fetch does not hold back another team's polling", async () => {
    const { vendor, connectionId } = await stubConnection("Hanging fetches");
    vendor.set({ hangFetches: true });
    const stuck = await imagine(h.engine, h.alice, "a letter never answered", { connectionId });
    await waitForJob(stuck, (j) => j.status === "SUBMITTED", 5_000);
    // Wait until the engine is inside a hanging status fetch of that job.
    const deadline = Date.now() + 5_000;
    while (!vendor.fetchCount() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 40));
    expect(vendor.fetchCount()).toBeGreaterThan(0);
    expect(await otherTeamFinishes(3, WELL_BEFORE_THE_HANG_ENDS_MS)).toBeLessThan(WELL_BEFORE_THE_HANG_ENDS_MS);
    expect((await db.job.findUniqueOrThrow({ where: { id: stuck } })).status).toBe("SUBMITTED");
  }, 45_000);

  it("[H11.6] at most 3 jobs store their images at once", async () => {
    const { vendor, connectionId } = await stubConnection("Slow images");
    vendor.set({ runMs: 200, imageDelayMs: 400 });
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await imagine(h.engine, h.alice, `a crowd of lanterns ${i}`, { connectionId }));
    for (const id of ids) expect((await waitForJob(id, finished, 30_000)).status).toBe("SUCCEEDED");
    expect(vendor.maxImagesInFlight()).toBeGreaterThan(0);
    expect(vendor.maxImagesInFlight()).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe("[H11.5] disabled connections send nothing", () => {
  it("[H11.5] a job queued on a connection that is disabled before its claim is never sent and fails with a clear reason", async () => {
    const { vendor, connectionId } = await stubConnection("Disabled later");
    h.engine.stop();
    try {
      const { id } = await queueImagine(h.alice, imagineSchema.parse({ prompt: "a shop closing for the night", connectionId }));
      // The admin's switch lands between the job's queueing and the dispatcher's claim.
      await db.vendorConnection.update({ where: { id: connectionId }, data: { status: "DISABLED" } });
      await h.engine.dispatch();
      const job = await waitForJob(id, finished, 5_000);
      expect(job.status).toBe("FAILED");
      expect(job.failureReason).toMatch(/disabled the vendor connection/);
      expect(job.submitAttempts).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(vendor.submitCount()).toBe(0);
    } finally {
      h.engine.start();
    }
  });
});
