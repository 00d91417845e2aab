import "./support/test-env";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queueVaryRegion } from "@/lib/data/jobs/queue-vary-region";
import { validateMask } from "@/lib/masks/validate-mask";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { storeImageUpload } from "@/lib/uploads/image-upload";
import { startHarness, waitForJob, type Harness } from "./support/harness";
import { act, imagine } from "./support/queue";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ webhooks: true });
});
afterAll(async () => h?.stop());

async function whiteRectMask(width: number, height: number) {
  const data = Buffer.alloc(width * height);
  for (let y = Math.floor(height / 4); y < Math.floor(height / 2); y++) data.fill(255, y * width + Math.floor(width / 4), y * width + Math.floor(width / 2));
  return sharp(data, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

async function chain(connectionId: string, prompt: string) {
  const gridJobId = await imagine(h.engine, h.alice, prompt, { connectionId });
  const grid = await waitForJob(gridJobId, (j) => j.status === "SUCCEEDED" || j.status === "FAILED");
  expect(grid.status).toBe("SUCCEEDED");
  const gridImages = await db.image.findMany({ where: { jobId: gridJobId }, orderBy: [{ kind: "asc" }, { index: "asc" }] });
  expect(gridImages.map((i) => `${i.kind}${i.index}`)).toEqual(["GRID0", "TILE1", "TILE2", "TILE3", "TILE4"]);
  for (const image of gridImages) {
    expect(await getImageStorage().exists(image.storageKey)).toBe(true);
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
  }
  const tile = gridImages[1];
  expect(gridImages[0].width).toBe(tile.width * 2);
  expect(tile.width / tile.height).toBeCloseTo(16 / 9, 1);

  const upscaleId = await act(h.engine, h.alice, gridJobId, "upscale:1");
  const upscale = await waitForJob(upscaleId, (j) => j.status === "SUCCEEDED" || j.status === "FAILED");
  expect(upscale.status).toBe("SUCCEEDED");
  const [upImage] = await db.image.findMany({ where: { jobId: upscaleId } });
  expect(upImage.kind).toBe("UPSCALE");
  const offered = JSON.parse((await db.job.findUniqueOrThrow({ where: { id: upscaleId } })).offeredActions) as { key: string }[];
  expect(offered.map((a) => a.key)).toContain("vary_region");

  const mask = await whiteRectMask(upImage.width, upImage.height);
  await validateMask(mask, { width: upImage.width, height: upImage.height });
  const stored = await storeImageUpload(h.alice.id, mask, "masks");
  const region = await queueVaryRegion(h.alice, { jobId: upscaleId, maskKey: stored.key, prompt: "a red door" });
  await h.engine.onJobQueued(region.id);
  const varied = await waitForJob(region.id, (j) => j.status === "SUCCEEDED" || j.status === "FAILED");
  expect(varied.status).toBe("SUCCEEDED");
  expect(await db.image.count({ where: { jobId: region.id } })).toBeGreaterThan(0);
  const lineage = await db.job.findUniqueOrThrow({ where: { id: region.id }, include: { parent: { include: { parent: true } } } });
  expect(lineage.parent?.id).toBe(upscaleId);
  expect(lineage.parent?.parent?.id).toBe(gridJobId);
}

describe("[ENGINE] full chains against the simulator over HTTP", () => {
  it("imagine → U1 → vary region through TTAPI", async () => {
    await chain(h.ttapiId, "a lighthouse at dusk --ar 16:9");
  }, 60_000);

  it("imagine → U1 → vary region through midjourney-proxy (action → MODAL → modal)", async () => {
    await chain(h.mjproxyId, "a lighthouse at dawn --ar 16:9");
  }, 60_000);

  it("sends each submit once: one vendor submit per job", async () => {
    const submits = (await h.control(undefined, "/submits")) as { byNotifyId: Record<string, { total: number; accepted: number }> };
    const jobs = await db.job.findMany({ where: { userId: h.alice.id }, select: { notifyId: true, kind: true } });
    expect(jobs).toHaveLength(6);
    // midjourney-proxy's Vary Region (action, then modal) is one submit of one task too.
    for (const job of jobs) expect(submits.byNotifyId[job.notifyId]?.total, `${job.kind} ${job.notifyId}`).toBe(1);
  });
});
