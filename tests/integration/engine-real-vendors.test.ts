// The engine end to end against the simulator's real-server profiles: New API as it really
// answers (empty first status, ServerAddress image links, accountFilter deleted) and a
// self-hosted trueai with Remix on and its images on a CDN host.
import "./support/test-env";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { queueVaryRegion } from "@/lib/data/jobs/queue-vary-region";
import { queueAnimate } from "@/lib/data/jobs/queue-animate";
import { getJobDetail } from "@/lib/data/jobs/get-job-detail";
import { animateSchema } from "@/lib/schemas/jobs";
import { storeImageUpload } from "@/lib/uploads/image-upload";
import { SIM_KEY } from "./support/test-env";
import { finished, startHarness, waitForJob, type Harness } from "./support/harness";
import { act, imagine } from "./support/queue";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

let h: Harness;
let newapiId: string;
let trueaiId: string;
const warnings: string[] = [];

beforeAll(async () => {
  // New API's poller every 300 ms instead of 15 s (the empty status still shows first).
  h = await startHarness({ webhooks: false, sim: { cdnHost: "127.0.0.2", newapi: { pollerMs: 300 } } });
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(" ")));
  const cdn = new URL(h.sim.cdnOrigin!).host;
  const add = async (name: string, extra: Parameters<typeof createConnection>[0]) => {
    const { id } = await createConnection({ ...extra, name, apiKey: SIM_KEY, concurrency: 10 }, TEST_ACTOR);
    await db.vendorConnection.update({ where: { id }, data: { rateLimitPerMin: 100000 } });
    return id;
  };
  newapiId = await add("Real New API", { name: "", protocol: "mjproxy", profile: "newapi", baseUrl: `${h.sim.url}/newapi`, apiKey: "", defaultMode: "relax" });
  trueaiId = await add("Real trueai", { name: "", protocol: "mjproxy", profile: "generic", baseUrl: `${h.sim.url}/trueai`, apiKey: "", imageHosts: [cdn] });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await h?.stop();
});

const succeeded = async (jobId: string) => {
  const job = await waitForJob(jobId, finished, 30_000);
  expect(job.status, `${job.failureCode} ${job.failureReason}`).toBe("SUCCEEDED");
  return job;
};

describe("[NEW API] the studio against New API as it really is", () => {
  it("imagine -> U1 -> Vary (Region) succeeds, runs relax, stores the images its ServerAddress links point to, and no poll fails", async () => {
    const grid = await imagine(h.engine, h.alice, "a harbour at dawn", { connectionId: newapiId });
    await succeeded(grid);
    expect(await db.image.count({ where: { jobId: grid } })).toBe(5);
    const vendorTask = (await db.job.findUniqueOrThrow({ where: { id: grid } })).vendorTaskId!;
    expect(((await h.control(undefined, `/tasks/${vendorTask}`)) as { mode: string }).mode).toBe("relax");

    const upscale = await act(h.engine, h.alice, grid, "upscale:1");
    const up = await succeeded(upscale);
    const mask = await sharp({ create: { width: up.width!, height: up.height!, channels: 3, background: { r: 0, g: 0, b: 0 } } })
      .composite([
        {
          input: await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 255, g: 255, b: 255 } } })
            .png()
            .toBuffer(),
          left: 8,
          top: 8,
        },
      ])
      .png()
      .toBuffer();
    const stored = await storeImageUpload(h.alice.id, mask, "masks");
    const { id: varied } = await queueVaryRegion(h.alice, { jobId: upscale, maskKey: stored.key });
    await h.engine.onJobQueued(varied);
    await succeeded(varied);
    expect(await db.image.count({ where: { jobId: varied } })).toBe(5);
    expect(warnings.filter((w) => /refresh of .* failed/.test(w))).toEqual([]);
  });
});

describe("[TRUEAI] the studio against a self-hosted trueai with Remix on", () => {
  it("keeps trueai's seed and stores its four imageUrls tiles as delivered (no seed call, no grid cutting)", async () => {
    const grid = await imagine(h.engine, h.alice, "a stone bridge", { connectionId: trueaiId });
    const job = await succeeded(grid);
    expect((JSON.parse(job.result) as { seed?: string }).seed).toMatch(/^\d+$/);
    const sim = (await h.control(undefined, `/tasks/${job.vendorTaskId}`)) as { files: { tiles: string[] } };
    expect(sim.files.tiles).toHaveLength(4);
    const delivered = await Promise.all(
      sim.files.tiles.map(async (url) =>
        createHash("sha256")
          .update(Buffer.from(await (await fetch(url)).arrayBuffer()))
          .digest("hex"),
      ),
    );
    const stored = await db.image.findMany({ where: { jobId: grid, kind: "TILE" }, orderBy: { index: "asc" } });
    expect(stored.map((image) => image.sha256)).toEqual(delivered);
  });

  it("a banned word failing the task later reads as a banned prompt; a cancelled task ends CANCELLED", async () => {
    const banned = await imagine(h.engine, h.alice, "something gore", { connectionId: trueaiId });
    expect(await waitForJob(banned, finished, 30_000)).toMatchObject({ status: "FAILED", failureCode: "BANNED_PROMPT" });
    await h.control({ stepMs: 1500 });
    const slow = await imagine(h.engine, h.alice, "a slow sunrise", { connectionId: trueaiId });
    const submitted = await waitForJob(slow, (j) => j.status !== "QUEUED");
    const taskId = (await db.job.findUniqueOrThrow({ where: { id: submitted.id } })).vendorTaskId!;
    expect((await fetch(`${h.sim.url}/trueai/mj/task/${taskId}/cancel`, { method: "POST", headers: { Authorization: SIM_KEY } })).ok).toBe(true);
    expect(await waitForJob(slow, finished, 30_000)).toMatchObject({ status: "CANCELLED", failureCode: "CANCELLED" });
    await h.control({}, "/reset");
  });

  it("imagine -> V1 succeeds: the dialog is confirmed with the job's prompt; images come from the CDN host listed on the connection", async () => {
    const grid = await imagine(h.engine, h.alice, "a quiet forest", { connectionId: trueaiId });
    await succeeded(grid);
    const v1 = await act(h.engine, h.alice, grid, "variation:1");
    await succeeded(v1);
    expect(await db.image.count({ where: { jobId: v1 } })).toBe(5);
    const task = (await h.control(undefined, `/tasks/${(await db.job.findUniqueOrThrow({ where: { id: v1 } })).vendorTaskId}`)) as {
      requests: { body: Record<string, unknown> }[];
    };
    expect(task.requests.at(-1)?.body).toMatchObject({ prompt: "a quiet forest" });
  });

  it("shows trueai's own Animate buttons on an upscale, and pressing one goes through the button (/mj/submit/action), not /mj/submit/video", async () => {
    const grid = await imagine(h.engine, h.alice, "a lantern on a pier", { connectionId: trueaiId });
    await succeeded(grid);
    const upscale = await act(h.engine, h.alice, grid, "upscale:2");
    await succeeded(upscale);
    const detail = await getJobDetail(h.alice, upscale);
    expect(detail.animateButtons.map((b) => b.key).sort()).toEqual(["animate:high", "animate:low"]);
    expect(detail.actions.some((a) => a.key.startsWith("animate:"))).toBe(false);

    const video = await queueAnimate(h.alice, animateSchema.parse({ jobId: upscale, motion: "high", batchSize: 4, resolution: "sd" }));
    await h.engine.onJobQueued(video.id);
    const done = await succeeded(video.id);
    expect(await db.image.count({ where: { jobId: video.id, kind: "VIDEO" } })).toBe(4);
    const task = (await h.control(undefined, `/tasks/${done.vendorTaskId}`)) as { requests: { path?: string; body: Record<string, unknown> }[] };
    expect(JSON.stringify(task.requests)).toMatch(/MJ::JOB::animate_high::1::/);
  }, 120_000);
});
