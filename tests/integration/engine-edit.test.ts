import "./support/test-env";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queueEdit } from "@/lib/data/jobs/queue-edit";
import { editImageSchema } from "@/lib/schemas/jobs";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { storeImageUpload } from "@/lib/uploads/image-upload";
import { startHarness, waitForJob, finished, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ webhooks: true });
});
afterAll(async () => h?.stop());

const W = 480;
const H = 320;

/** A flat picture and a mask whose white rectangle is the area to change. */
async function pictureAndMask(userId: string) {
  const picture = await sharp({ create: { width: W, height: H, channels: 3, background: "#2f6f4f" } })
    .png()
    .toBuffer();
  const mask = Buffer.alloc(W * H);
  for (let y = 80; y < 240; y++) mask.fill(255, y * W + 120, y * W + 360);
  const maskPng = await sharp(mask, { raw: { width: W, height: H, channels: 1 } })
    .png()
    .toBuffer();
  return { imageKey: (await storeImageUpload(userId, picture)).key, maskKey: (await storeImageUpload(userId, maskPng, "masks")).key };
}

describe("[EDIT] Edit and Retexture against the simulator over HTTP", () => {
  it.each([
    ["TTAPI (/midjourney/image-edits/submit, fetched at /image-edits/fetch)", () => h.ttapiId],
    ["midjourney-proxy (/mj/submit/edits)", () => h.mjproxyId],
  ])(
    "%s: the painted area reaches the vendor transparent and comes back as a grid of four",
    async (_, connection) => {
      const { imageKey, maskKey } = await pictureAndMask(h.alice.id);
      const job = await queueEdit(h.alice, editImageSchema.parse({ imageKey, maskKey, prompt: "a round window", type: "edit", connectionId: connection() }));
      await h.engine.onJobQueued(job.id);
      expect(await waitForJob(job.id, finished, 60_000)).toMatchObject({ status: "SUCCEEDED", kind: "EDIT", action: "edit", cost: 3 });
      const images = await db.image.findMany({ where: { jobId: job.id }, orderBy: [{ kind: "asc" }, { index: "asc" }] });
      expect(images.map((i) => `${i.kind}${i.index}`)).toEqual(["GRID0", "TILE1", "TILE2", "TILE3", "TILE4"]);
      // 480×320 is 3:2, one of Midjourney's editor ratios: the tiles keep it.
      expect(images[1].width / images[1].height).toBeCloseTo(3 / 2, 1);
      // The simulator keeps the opaque pixels and repaints the transparent area: a tile's corner is
      // the picture's green, its middle is not.
      const tile = await sharp((await getImageStorage().read(images[1].storageKey))!)
        .resize(W, H)
        .raw()
        .toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => Array.from(tile.data.subarray((y * W + x) * tile.info.channels, (y * W + x) * tile.info.channels + 3));
      expect(at(10, 10)).toEqual([0x2f, 0x6f, 0x4f].map((c) => expect.closeTo(c, -1.5)));
      expect(at(240, 160)).not.toEqual(at(10, 10));
    },
    90_000,
  );

  it("Retexture needs no mask and restyles the whole picture; a gateway without the route refuses it before any vendor call", async () => {
    const { imageKey } = await pictureAndMask(h.alice.id);
    const job = await queueEdit(h.alice, editImageSchema.parse({ imageKey, prompt: "made of brass", type: "retexture", connectionId: h.ttapiId }));
    await h.engine.onJobQueued(job.id);
    expect(await waitForJob(job.id, finished, 60_000)).toMatchObject({ status: "SUCCEEDED", action: "retexture" });
    expect(await db.image.count({ where: { jobId: job.id, kind: "TILE" } })).toBe(4);
    // The harness's midjourney-proxy connection is a New API gateway: edits yes, retexture no.
    const refused = queueEdit(h.alice, editImageSchema.parse({ imageKey, prompt: "made of brass", type: "retexture", connectionId: h.mjproxyId }));
    await expect(refused).rejects.toThrow("This vendor connection does not offer Retexture. Choose another one.");
  }, 90_000);
});
