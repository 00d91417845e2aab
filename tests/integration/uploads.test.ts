import "./support/test-env";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// A small daily quota for these tests (the default is far larger).
process.env.UPLOAD_QUOTA_MB_PER_DAY = "1";

// sharp is the real one; the wrapper only counts how often a decoder is asked to open bytes.
const decoder = vi.hoisted(() => ({ calls: 0 }));
vi.mock("sharp", async (importOriginal) => {
  const real = (await importOriginal<typeof import("sharp")>()).default;
  const counted = Object.assign((...args: Parameters<typeof real>) => {
    decoder.calls++;
    return real(...args);
  }, real);
  return { default: counted };
});

import sharp from "sharp";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser } from "@/lib/data/images/test-fixtures";
import { validateMask } from "@/lib/masks/validate-mask";
import { imagesDir } from "@/lib/runtime-paths";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { storedKeys } from "@/lib/testing/stored-keys";
import { storeImageUpload } from "@/lib/uploads/image-upload";

const DAY = 24 * 60 * 60_000;
let teamId: string;
const samples: Record<string, Buffer> = {};

async function newUser(): Promise<string> {
  return (await createTestUser(teamId)).id;
}

/** A PNG of random pixels: about `kb` kilobytes that no encoder can shrink. */
async function noisePng(kb: number): Promise<Buffer> {
  const side = Math.ceil(Math.sqrt((kb * 1024) / 3));
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

function fileOf(key: string): string {
  return path.join(imagesDir(), ...key.split("/"));
}

function age(key: string, ms: number): void {
  const when = new Date(Date.now() - ms);
  fs.utimesSync(fileOf(key), when, when);
}

beforeAll(async () => {
  teamId = (await createTestTeam()).id;
  const base = () => sharp({ create: { width: 16, height: 16, channels: 3, background: "#48c" } });
  samples.png = await base().png().toBuffer();
  samples.jpeg = await base().jpeg().toBuffer();
  samples.webp = await base().webp().toBuffer();
  samples.gif = await base().gif().toBuffer();
  samples.tiff = await base().tiff().toBuffer();
  samples.avif = await base().avif().toBuffer();
  samples.heif = await base().heif({ compression: "av1" }).toBuffer();
  samples.svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" fill="red"/></svg>');
  samples.svgWithXmlHeader = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>');
  samples.bmp = Buffer.concat([Buffer.from("BM"), Buffer.alloc(60)]);
  samples.pngMagicThenSvg = Buffer.concat([samples.png.subarray(0, 8), samples.svg]);
});
beforeEach(() => {
  decoder.calls = 0;
});
afterAll(async () => {
  await db.$disconnect();
});

describe("[H11.15] uploads are sniffed before any decoder runs", () => {
  it.each(["svg", "svgWithXmlHeader", "tiff", "avif", "heif", "bmp"])("refuses %s without handing it to sharp", async (kind) => {
    const userId = await newUser();
    await expect(storeImageUpload(userId, samples[kind])).rejects.toMatchObject({
      code: "BAD_REQUEST",
      userMessage: expect.stringMatching(/PNG, JPEG, WebP (and|or) GIF/),
    });
    expect(decoder.calls).toBe(0);
    expect(await storedKeys(`uploads/${userId}/`)).toEqual([]);
  });

  it.each(["png", "jpeg", "webp", "gif"])("accepts %s", async (kind) => {
    const stored = await storeImageUpload(await newUser(), samples[kind]);
    expect(stored).toMatchObject({ width: 16, height: 16 });
    expect(await getImageStorage().exists(stored.key)).toBe(true);
  });

  it("refuses bytes that start like a PNG but are something else", async () => {
    await expect(storeImageUpload(await newUser(), samples.pngMagicThenSvg)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a Vary Region mask that is not a PNG is refused before decoding too", async () => {
    await expect(validateMask(samples.svg, { width: 16, height: 16 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      userMessage: expect.stringMatching(/PNG image/),
    });
    await expect(validateMask(samples.tiff, { width: 16, height: 16 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(decoder.calls).toBe(0);
  });
});

describe("[H11.15] a per-user daily upload quota", () => {
  it("refuses the upload that would pass the quota with a clear error; other people are unaffected", async () => {
    const userId = await newUser();
    const third = await noisePng(380);
    await storeImageUpload(userId, await noisePng(380));
    await storeImageUpload(userId, await noisePng(380));
    await expect(storeImageUpload(userId, third)).rejects.toMatchObject({
      code: "BUDGET_EXCEEDED",
      userMessage: expect.stringMatching(/1 MB of uploads a day.*Try again tomorrow/),
    });
    expect(await storedKeys(`uploads/${userId}/`)).toHaveLength(2);
    await expect(storeImageUpload(await newUser(), third)).resolves.toMatchObject({ key: expect.stringMatching(/^uploads\//) });
  });

  it("parallel uploads cannot overshoot it", async () => {
    const userId = await newUser();
    const images = await Promise.all(Array.from({ length: 6 }, () => noisePng(300)));
    const results = await Promise.allSettled(images.map((bytes) => storeImageUpload(userId, bytes)));
    const stored = results.filter((r) => r.status === "fulfilled");
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(3);
    let total = 0;
    for await (const entry of getImageStorage().list(`uploads/${userId}/`)) total += entry.size;
    expect(total).toBeLessThanOrEqual(1024 * 1024);
  });
});

// On local files also when the run is on a bucket (TEST_STORAGE=s3): it ages files (mtime) and plants
// a crashed write's temp file, neither of which a bucket has (its Last-Modified is the server's, and
// its puts leave no temp objects). The sweep on a bucket: lib/trusted/uploads/sweep-uploads-s3.test.ts.
describe("[H11.15] the upload sweep", () => {
  const storageUrl = process.env.STORAGE_URL;
  beforeAll(() => {
    delete process.env.STORAGE_URL;
  });
  afterAll(() => {
    if (storageUrl !== undefined) process.env.STORAGE_URL = storageUrl;
  });

  it("deletes unreferenced uploads older than a day and orphaned temp files; keeps what jobs use and what is recent", async () => {
    const userId = await newUser();
    const abandoned = await storeImageUpload(userId, samples.png);
    const usedByJob = await storeImageUpload(userId, samples.jpeg);
    const usedMask = await storeImageUpload(userId, samples.png, "masks");
    const recent = await storeImageUpload(userId, samples.webp);
    const job = await createTestJob({ teamId, userId });
    await db.job.update({ where: { id: job.id }, data: { params: JSON.stringify({ imageKeys: [usedByJob.key, usedByJob.key] }) } });
    const inpaint = await createTestJob({ teamId, userId, kind: "INPAINT" });
    await db.job.update({ where: { id: inpaint.id }, data: { params: JSON.stringify({ maskKey: usedMask.key }) } });
    for (const key of [abandoned.key, usedByJob.key, usedMask.key]) age(key, 2 * DAY);
    await db.upload.updateMany({ where: { key: { in: [abandoned.key, usedByJob.key, usedMask.key] } }, data: { createdAt: new Date(Date.now() - 2 * DAY) } });
    // An upload from before uploads were recorded (no row), and a crashed write's temp file.
    const legacy = `uploads/${userId}/legacy-0001.png`;
    fs.writeFileSync(fileOf(legacy), samples.png);
    age(legacy, 3 * DAY);
    const temp = path.join(path.dirname(fileOf(recent.key)), ".tmp-0123456789abcdef-x.png");
    fs.writeFileSync(temp, "half written");
    fs.utimesSync(temp, new Date(Date.now() - 2 * 60 * 60_000), new Date(Date.now() - 2 * 60 * 60_000));
    const freshTemp = path.join(path.dirname(fileOf(recent.key)), ".tmp-fedcba9876543210-y.png");
    fs.writeFileSync(freshTemp, "being written now");

    const { sweepUploads } = await import("@/lib/trusted/uploads/sweep-uploads");
    const result = await sweepUploads();

    expect(fs.existsSync(fileOf(abandoned.key))).toBe(false);
    expect(fs.existsSync(fileOf(legacy))).toBe(false);
    expect(fs.existsSync(temp)).toBe(false);
    expect(fs.existsSync(fileOf(usedByJob.key))).toBe(true);
    expect(fs.existsSync(fileOf(usedMask.key))).toBe(true);
    expect(fs.existsSync(fileOf(recent.key))).toBe(true);
    expect(fs.existsSync(freshTemp)).toBe(true);
    expect(await db.upload.findUnique({ where: { key: abandoned.key } })).toBeNull();
    expect(result).toMatchObject({ deletedUploads: expect.any(Number), deletedTempFiles: expect.any(Number) });
    expect(result.deletedUploads).toBeGreaterThanOrEqual(2);
    expect(result.deletedTempFiles).toBeGreaterThanOrEqual(1);

    // A second run finds nothing more to do, and still keeps what jobs use.
    const again = await sweepUploads();
    expect(fs.existsSync(fileOf(usedByJob.key))).toBe(true);
    expect(again.deletedUploads).toBe(0);
  });
});
