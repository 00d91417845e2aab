// Ingest into a bucket (a real S3 API, s3rver, over HTTP): atomic and idempotent as on local
// files. The bucket dies half way through; the retry puts the same keys again, and no row ever
// points at an object whose put had not resolved.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, migrateTestDatabase, removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { restoreS3rverEnv, startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";
import { ingestJobImages } from "./ingest-job-images";
import { fakeClient, jobFiles, makeImage, readStored, snapshot } from "./ingest-test-helpers";

vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? "/tmp"}/atelier-ingest-s3-test-${process.pid}-${Date.now()}`;
  delete process.env.DATABASE_URL;
});

let server: RunningS3rver;
let owner: { teamId: string; userId: string };
const saved = { ...process.env };

beforeAll(async () => {
  server = await startS3rver({ bucket: "atelier-ingest", prefix: "studio" });
  Object.assign(process.env, server.env);
  migrateTestDatabase();
  const team = await createTestTeam();
  owner = { teamId: team.id, userId: (await createTestUser(team.id)).id };
});
afterAll(async () => {
  restoreS3rverEnv(server?.env ?? {}, saved);
  await server?.close();
  await removeTestDatabase();
});

/** Rows that point at a key, as the image or its thumbnail. */
async function rowsReferencing(key: string): Promise<number> {
  return db.image.count({ where: { OR: [{ storageKey: key }, { thumbKey: key }] } });
}

describe("ingest into S3", () => {
  it("stores a grid, its tiles and thumbnails as objects in the bucket, once", async () => {
    const storage = getImageStorage();
    expect(storage).toBeInstanceOf(S3Storage);
    const jobId = (await createTestJob({ ...owner })).id;
    const grid = await makeImage(256, 256, 31);
    const params = {
      jobId,
      kind: "IMAGINE",
      action: null,
      snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }),
      client: fakeClient({ "https://cdn.test/g.png": grid.bytes }),
    };

    expect(await ingestJobImages(params)).toEqual({ images: 5, width: 256, height: 256 });
    const rows = await db.image.findMany({ where: { jobId } });
    expect(rows).toHaveLength(5);
    expect(await jobFiles(jobId)).toEqual(rows.flatMap((r) => [r.storageKey, r.thumbKey!]).sort());
    const gridRow = rows.find((r) => r.kind === "GRID")!;
    expect((await readStored(gridRow.storageKey)).equals(grid.bytes)).toBe(true);

    // A duplicate webhook: nothing new is put.
    const put = vi.spyOn(storage, "put");
    try {
      await ingestJobImages(params);
      expect(put).not.toHaveBeenCalled();
    } finally {
      put.mockRestore();
    }
  });

  it("retries after the bucket died mid-ingest: the same keys again, and no row ahead of its put", async () => {
    const storage = getImageStorage();
    const jobId = (await createTestJob({ ...owner })).id;
    const grid = await makeImage(256, 256, 32);
    const params = {
      jobId,
      kind: "IMAGINE",
      action: null,
      snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }),
      client: fakeClient({ "https://cdn.test/g.png": grid.bytes }),
    };

    const original = storage.put.bind(storage);
    const puts: { key: string; ok: boolean }[] = [];
    const referencedEarly: string[] = [];
    let dieAt = 5; // the 5th put of the first attempt finds the bucket gone
    const put = vi.spyOn(storage, "put").mockImplementation(async (key, bytes, type) => {
      if ((await rowsReferencing(key)) > 0) referencedEarly.push(key);
      if (puts.length + 1 === dieAt) await server.kill();
      try {
        await original(key, bytes, type);
        puts.push({ key, ok: true });
      } catch (error) {
        puts.push({ key, ok: false });
        throw error;
      }
      // Still no row: the row is written only after put() has returned.
      if ((await rowsReferencing(key)) > 0) referencedEarly.push(key);
    });
    try {
      await expect(ingestJobImages(params)).rejects.toMatchObject({ name: "IngestError", code: "STORAGE_FAILED", retryable: true });
      const failed = puts.find((p) => !p.ok)!.key;
      const firstRows = await db.image.findMany({ where: { jobId } });
      expect(firstRows.length).toBeGreaterThan(0);
      expect(firstRows.length).toBeLessThan(5);
      expect(await rowsReferencing(failed)).toBe(0);

      server = await startS3rver({ bucket: "atelier-ingest", prefix: "studio", directory: server.directory, port: server.port });
      // Every row of the attempt that died points at a whole object.
      for (const row of firstRows) {
        expect(await storage.exists(row.storageKey)).toBe(true);
        expect(await storage.exists(row.thumbKey!)).toBe(true);
      }
      dieAt = 0;
      puts.length = 0;

      expect(await ingestJobImages(params)).toEqual({ images: 5, width: 256, height: 256 });
      const rows = await db.image.findMany({ where: { jobId } });
      expect(rows).toHaveLength(5);
      // The key whose put failed is put again, under the same name, and a row now points at it.
      expect(puts.map((p) => p.key)).toContain(failed);
      expect(await rowsReferencing(failed)).toBe(1);
      for (const first of firstRows) expect(rows.find((r) => r.id === first.id)?.storageKey).toBe(first.storageKey);
      expect(await jobFiles(jobId)).toEqual(rows.flatMap((r) => [r.storageKey, r.thumbKey!]).sort());
      expect(referencedEarly).toEqual([]);
    } finally {
      put.mockRestore();
    }
  });
});
