// The Edit / Retexture action: validation in plain words, the painted area made transparent in
// the stored image, the job created with its budget reserved on a connection that has an editor.
import "./support/test-env";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "./support/signed-in-as";
import { db } from "@/lib/db";
import { editImageAction } from "@/lib/actions/edit-image-action";
import { jobParamsJson } from "@/lib/domain/job-json";
import { readUpload, storeImageUpload } from "@/lib/uploads/image-upload";
import { startHarness, type Harness } from "./support/harness";

// Which adapters have an editor is the vendor helpers' business (VendorClient.editImage); these
// tests decide it per connection so they hold whichever adapters offer one.
const editors = vi.hoisted(() => ({ ids: new Set<string>() }));
vi.mock("@/lib/data/connections/get-connection-capabilities", () => ({
  getConnectionCapabilities: async (id: string) => ({
    shorten: false,
    faceSwap: false,
    video: false,
    extendVideo: false,
    edit: editors.ids.has(id),
    retexture: editors.ids.has(id),
  }),
}));

let h: Harness;
let image: string; // 6×4 PNG
let jpeg: string; // 6×4 JPEG
let mask: string; // 6×4, the left column painted
let wrongMask: string; // 4×4

async function maskPng(width: number, height: number, paint: (x: number, y: number) => boolean) {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = paint(x, y) ? 255 : 0;
  return sharp(data, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  h.engine.stop(); // the jobs stay as created: this file is about the action, not the vendor
  editors.ids.add(h.ttapiId);
  const solid = sharp({ create: { width: 6, height: 4, channels: 3, background: "#36c" } });
  image = (await storeImageUpload(h.alice.id, await solid.clone().png().toBuffer())).key;
  jpeg = (await storeImageUpload(h.alice.id, await solid.clone().jpeg().toBuffer())).key;
  mask = (await storeImageUpload(h.alice.id, await maskPng(6, 4, (x) => x === 0))).key;
  wrongMask = (await storeImageUpload(h.alice.id, await maskPng(4, 4, () => true))).key;
});
afterAll(async () => h?.stop());
afterEach(async () => {
  await db.budget.deleteMany();
});

const edit = (input: Partial<Parameters<typeof editImageAction>[0]> = {}) =>
  editImageAction({ imageKey: image, maskKey: mask, prompt: "a red hat", type: "edit", connectionId: h.ttapiId, ...input });

describe("[EDIT] the Edit / Retexture action", () => {
  it("refuses when signed out", async () => {
    signInAs(null);
    expect(await edit()).toEqual({ error: "Please sign in." });
  });

  it("says what is wrong with the input", async () => {
    signInAs(h.alice);
    expect((await edit({ prompt: "   " })).error).toMatch(/Write a prompt first/);
    expect((await edit({ maskKey: undefined })).error).toBe("Paint the area to change first: Edit redraws only the painted area (Retexture needs no mask).");
    expect((await edit({ maskKey: wrongMask })).error).toBe("The mask is 4×4 but the image is 6×4: they must be the same size.");
    expect((await edit({ maskKey: image })).error).toMatch(/The mask must be pure black and white/);
    expect((await edit({ aspectRatio: "21:9" as "1:1" })).error).toMatch(/Choose one of Midjourney's aspect ratios for edits: 1:1, 1:2/);
    expect((await edit({ type: "inpaint" as "edit" })).error).toBe("Choose Edit or Retexture.");
    expect((await edit({ prompt: "a red hat --ar 16:9" })).error).toBe("Choose the aspect ratio in the list, not with --ar in the prompt.");
    expect((await edit({ imageKey: `uploads/${h.alice.id}/gone.png` })).error).toBe("That image is no longer uploaded: choose it again.");
    expect((await edit({ maskKey: `uploads/${h.alice.id}/gone.png` })).error).toBe("The painted mask is no longer uploaded: paint and submit again.");
    expect(await db.job.count({ where: { kind: "EDIT", userId: h.alice.id } })).toBe(0);
  });

  it("refuses another person's uploads", async () => {
    signInAs(h.mallory);
    expect((await edit({ connectionId: undefined })).error).toMatch(/not one of your uploads/);
    signInAs(h.bob);
    expect((await edit({ imageKey: image, maskKey: undefined, type: "retexture" })).error).toMatch(/not one of your uploads/);
  });

  it("refuses a connection whose vendor has no editor, before anything is stored", async () => {
    signInAs(h.alice);
    const before = await db.job.count();
    expect((await edit({ connectionId: h.mjproxyId })).error).toBe("This vendor connection does not offer Edit and Retexture. Choose another one.");
    expect(await db.job.count()).toBe(before);
  });

  it("creates an EDIT job whose image has the painted area transparent, with the nearest allowed ratio", async () => {
    signInAs(h.alice);
    const result = await edit();
    expect(result.error).toBeUndefined();
    const job = await db.job.findUniqueOrThrow({ where: { id: result.data!.jobId } });
    expect(job).toMatchObject({ kind: "EDIT", action: "edit", prompt: "a red hat", connectionId: h.ttapiId, aspectRatio: "3:2", userId: h.alice.id });
    expect(job.cost).toBeGreaterThan(0);
    const params = jobParamsJson.decode(job.params) as { imageKey: string; aspectRatio: string };
    expect(params.aspectRatio).toBe("3:2");
    expect(params.imageKey).not.toBe(image);
    expect(params.imageKey.startsWith(`uploads/${h.alice.id}/`)).toBe(true);
    const { data, info } = await sharp((await readUpload(params.imageKey)).bytes)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([6, 4, 4]);
    for (let y = 0; y < 4; y++) for (let x = 0; x < 6; x++) expect(data[(y * 6 + x) * 4 + 3], `alpha at (${x}, ${y})`).toBe(x === 0 ? 0 : 255);
  });

  it("retextures without a mask (a JPEG becomes an opaque PNG) and keeps the chosen ratio", async () => {
    signInAs(h.alice);
    const result = await edit({ imageKey: jpeg, maskKey: undefined, type: "retexture", aspectRatio: "16:9", visibility: "PRIVATE" });
    expect(result.error).toBeUndefined();
    const job = await db.job.findUniqueOrThrow({ where: { id: result.data!.jobId } });
    expect(job).toMatchObject({ kind: "EDIT", action: "retexture", aspectRatio: "16:9", visibility: "PRIVATE" });
    const params = jobParamsJson.decode(job.params) as { imageKey: string };
    const meta = await sharp((await readUpload(params.imageKey)).bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 6, 4]);
  });

  it("goes to the default connection when none is named, and holds the daily budget", async () => {
    signInAs(h.alice);
    await db.budget.create({ data: { scope: "USER", scopeId: h.alice.id, jobsPerDay: 0 } });
    const refused = await edit({ connectionId: undefined });
    expect(refused.error).toMatch(/daily budget of 0 jobs is used up/);
    await db.budget.deleteMany();
    const result = await edit({ connectionId: undefined });
    expect((await db.job.findUniqueOrThrow({ where: { id: result.data!.jobId } })).connectionId).toBe(h.ttapiId);
  });
});
