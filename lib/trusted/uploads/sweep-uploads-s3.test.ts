// The upload sweep on a bucket (a real S3 API, s3rver): unreferenced old uploads go, what a job
// uses stays, and there are no temp objects to clean.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, migrateTestDatabase, removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { restoreS3rverEnv, startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";
import { storeImageUpload } from "@/lib/uploads/image-upload";
import { sweepUploads } from "./sweep-uploads";

vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? "/tmp"}/atelier-sweep-s3-test-${process.pid}-${Date.now()}`;
  delete process.env.DATABASE_URL;
});

const DAY = 24 * 60 * 60_000;
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082",
  "hex",
);
let server: RunningS3rver;
const saved = { ...process.env };

beforeAll(async () => {
  server = await startS3rver({ bucket: "atelier-sweep", prefix: "studio" });
  Object.assign(process.env, server.env);
  migrateTestDatabase();
});
afterAll(async () => {
  restoreS3rverEnv(server?.env ?? {}, saved);
  await server?.close();
  await removeTestDatabase();
});

describe("the upload sweep on S3", () => {
  it("deletes unreferenced uploads older than a day and keeps what a job uses", async () => {
    const storage = getImageStorage();
    expect(storage).toBeInstanceOf(S3Storage);
    const teamId = (await createTestTeam()).id;
    const userId = (await createTestUser(teamId)).id;
    const abandoned = await storeImageUpload(userId, PNG);
    const used = await storeImageUpload(userId, PNG, "masks");
    const job = await createTestJob({ teamId, userId, kind: "INPAINT" });
    await db.job.update({ where: { id: job.id }, data: { params: JSON.stringify({ maskKey: used.key }) } });
    expect(await storage.exists(abandoned.key)).toBe(true);

    // Today nothing is old enough.
    expect(await sweepUploads(new Date(), storage)).toEqual({ deletedUploads: 0, keptUploads: 0, deletedTempFiles: 0 });
    // Two days on (a bucket's Last-Modified cannot be set back, so the clock moves instead).
    const later = new Date(Date.now() + 2 * DAY);
    expect(await sweepUploads(later, storage)).toEqual({ deletedUploads: 1, keptUploads: 1, deletedTempFiles: 0 });
    expect(await storage.exists(abandoned.key)).toBe(false);
    expect(await storage.exists(used.key)).toBe(true);
    expect(await db.upload.findUnique({ where: { key: abandoned.key } })).toBeNull();
  });
});
