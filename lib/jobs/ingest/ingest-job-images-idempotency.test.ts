import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { gridTileRegions } from "./grid-tile-regions";
import { ingestJobImages } from "./ingest-job-images";
import { fakeClient, jobFiles, makeImage, readStored, snapshot } from "./ingest-test-helpers";

// A database of its own: SQLite in a temp folder, or PostgreSQL in the TEST_DATABASE=postgresql run.
await vi.hoisted(async () => {
  await import("@/tests/integration/support/test-env");
});

let owner: { teamId: string; userId: string };

beforeAll(async () => {
  const team = await createTestTeam();
  owner = { teamId: team.id, userId: (await createTestUser(team.id)).id };
});
afterAll(removeTestDatabase);

async function rowsOf(jobId: string) {
  return db.image.findMany({ where: { jobId }, orderBy: [{ kind: "asc" }, { index: "asc" }] });
}

async function newJob() {
  return (await createTestJob({ ...owner })).id;
}

describe("idempotency", () => {
  it("does nothing the second time", async () => {
    const jobId = await newJob();
    const grid = await makeImage(256, 256, 7);
    const client = fakeClient({ "https://cdn.test/g.png": grid.bytes });
    const params = { jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }), client };

    const first = await ingestJobImages(params);
    const rowsAfterFirst = await rowsOf(jobId);
    const filesAfterFirst = await jobFiles(jobId);
    const second = await ingestJobImages(params);

    expect(second).toEqual(first);
    expect(await rowsOf(jobId)).toEqual(rowsAfterFirst);
    expect(await jobFiles(jobId)).toEqual(filesAfterFirst);
    expect(filesAfterFirst).toHaveLength(10);
    expect(client.downloadImage).toHaveBeenCalledTimes(1);
  });

  it("makes one set when two ingests race", async () => {
    const jobId = await newJob();
    const grid = await makeImage(256, 256, 8);
    const client = fakeClient({ "https://cdn.test/g.png": grid.bytes });
    const params = { jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }), client };

    const results = await Promise.all([ingestJobImages(params), ingestJobImages(params), ingestJobImages(params)]);

    expect(results.every((r) => r.images === 5)).toBe(true);
    expect(await rowsOf(jobId)).toHaveLength(5);
    expect(await jobFiles(jobId)).toHaveLength(10);
  });

  it("keeps rows and files consistent when racing ingests download different bytes", async () => {
    const jobId = await newJob();
    const grids = [await makeImage(256, 256, 20), await makeImage(256, 256, 21)];
    // Neither download returns until both ingests have asked, so both find no rows and both store.
    let calls = 0;
    let release: () => void = () => undefined;
    const bothAsked = new Promise<void>((resolve) => (release = resolve));
    const client = {
      downloadImage: async () => {
        const bytes = grids[calls++].bytes;
        if (calls === 2) release();
        await bothAsked;
        return { bytes, contentType: "image/png" };
      },
    };
    const params = { jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }), client };

    await Promise.all([ingestJobImages(params), ingestJobImages(params)]);

    const rows = await rowsOf(jobId);
    expect(rows).toHaveLength(5);
    expect(await jobFiles(jobId)).toHaveLength(10);
    for (const row of rows) {
      expect(
        createHash("sha256")
          .update(await readStored(row.storageKey))
          .digest("hex"),
      ).toBe(row.sha256);
      expect(await getImageStorage().exists(row.thumbKey!)).toBe(true);
    }
    // Whichever grid won, the tiles are its quadrants, not the other download's.
    const storedGrid = await readStored(rows[0].storageKey);
    const winner = grids.find((g) => g.bytes.equals(storedGrid))!;
    for (const region of gridTileRegions(256, 256)) {
      const row = rows.find((r) => r.kind === "TILE" && r.index === region.index)!;
      const tile = await sharp(await readStored(row.storageKey))
        .extract({ left: 0, top: 0, width: 1, height: 1 })
        .raw()
        .toBuffer();
      const o = (region.top * 256 + region.left) * 3;
      expect([...tile]).toEqual([...winner.raw.subarray(o, o + 3)]);
    }
  });

  it("finishes an attempt that died half way from its own stored grid", async () => {
    const jobId = await newJob();
    const grid = await makeImage(256, 256, 9);
    const client = fakeClient({ "https://cdn.test/g.png": grid.bytes });
    const params = { jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }), client };
    await ingestJobImages(params);
    const complete = await rowsOf(jobId);

    // As if the process died after storing tile 3's files but before its row, and before tile 4.
    const tile4 = complete.find((r) => r.kind === "TILE" && r.index === 4)!;
    await getImageStorage().delete(tile4.storageKey);
    await getImageStorage().delete(tile4.thumbKey!);
    await db.image.deleteMany({ where: { jobId, kind: "TILE", index: { in: [3, 4] } } });

    expect(await ingestJobImages(params)).toEqual({ images: 5, width: 256, height: 256 });
    const resumed = await rowsOf(jobId);
    expect(resumed.map((r) => [r.kind, r.index, r.storageKey, r.thumbKey, r.sha256])).toEqual(
      complete.map((r) => [r.kind, r.index, r.storageKey, r.thumbKey, r.sha256]),
    );
    expect(await jobFiles(jobId)).toHaveLength(10);
    expect(client.downloadImage).toHaveBeenCalledTimes(1);
  });
});
