import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { LocalFileStorage } from "@/lib/storage/local-file-storage";
import { VendorError } from "@/lib/vendors/vendor-error";
import { gridTileRegions } from "./grid-tile-regions";
import { IngestError } from "./ingest-error";
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

async function newJob(kind = "IMAGINE", action: string | null = null) {
  return (await createTestJob({ ...owner, kind, action })).id;
}

describe("ingest of a grid without separate tiles", () => {
  it("stores the grid and cuts four tiles that are exactly its quadrants", async () => {
    const jobId = await newJob();
    const grid = await makeImage(512, 384, 1);
    const client = fakeClient({ "https://cdn.test/grid.png": grid.bytes });

    const result = await ingestJobImages({ jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/grid.png" }), client });

    expect(result).toEqual({ images: 5, width: 512, height: 384 });
    const rows = await rowsOf(jobId);
    expect(rows.map((r) => `${r.kind}${r.index}`)).toEqual(["GRID0", "TILE1", "TILE2", "TILE3", "TILE4"]);
    expect((await readStored(rows[0].storageKey)).equals(grid.bytes)).toBe(true);

    for (const region of gridTileRegions(512, 384)) {
      const row = rows.find((r) => r.kind === "TILE" && r.index === region.index)!;
      expect([row.width, row.height, row.mime]).toEqual([region.width, region.height, "image/png"]);
      const tile = await sharp(await readStored(row.storageKey))
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect([tile.info.width, tile.info.height, tile.info.channels]).toEqual([256, 192, 3]);
      const expected = Buffer.alloc(region.width * region.height * 3);
      for (let y = 0; y < region.height; y++) {
        grid.raw.copy(expected, y * region.width * 3, ((region.top + y) * 512 + region.left) * 3, ((region.top + y) * 512 + region.left + region.width) * 3);
      }
      expect(tile.data.equals(expected)).toBe(true);
    }
  });

  it("records size, sha256 and bytes that match the stored files, and small WebP thumbnails", async () => {
    const jobId = await newJob("ACTION", "variation:2");
    const grid = await makeImage(1024, 1024, 2);
    const client = fakeClient({ "https://cdn.test/v.png": grid.bytes });
    await ingestJobImages({ jobId, kind: "ACTION", action: "variation:2", snapshot: snapshot({ imageUrl: "https://cdn.test/v.png" }), client });

    for (const row of await rowsOf(jobId)) {
      const bytes = await readStored(row.storageKey);
      expect(row.bytes).toBe(bytes.length);
      expect(row.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.storageKey).toMatch(new RegExp(`^jobs/${jobId}/${row.kind.toLowerCase()}-${row.index}-${row.sha256.slice(0, 16)}\\.png$`));

      const thumb = await readStored(row.thumbKey!);
      const meta = await sharp(thumb).metadata();
      expect(meta.format).toBe("webp");
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(384);
      expect(thumb.length).toBeLessThan(bytes.length / 4);
      expect(thumb.length).toBeLessThan(60_000);
    }
  });
});

describe("ingest of a grid whose tiles the vendor delivers", () => {
  it("stores the vendor's tiles as delivered", async () => {
    const jobId = await newJob();
    const grid = await makeImage(256, 256, 3);
    const tiles = await Promise.all([1, 2, 3, 4].map((i) => makeImage(200, 200, 10 + i)));
    const files: Record<string, Buffer> = { "https://cdn.test/g.png": grid.bytes };
    tiles.forEach((t, i) => (files[`https://cdn.test/t${i + 1}.png`] = t.bytes));
    const client = fakeClient(files);

    const result = await ingestJobImages({
      jobId,
      kind: "IMAGINE",
      action: null,
      snapshot: snapshot({ imageUrl: "https://cdn.test/g.png", tileUrls: [1, 2, 3, 4].map((i) => `https://cdn.test/t${i}.png`) }),
      client,
    });

    expect(result).toEqual({ images: 5, width: 256, height: 256 });
    const rows = await rowsOf(jobId);
    expect(rows).toHaveLength(5);
    for (const [i, tile] of tiles.entries()) {
      const row = rows.find((r) => r.kind === "TILE" && r.index === i + 1)!;
      expect((await readStored(row.storageKey)).equals(tile.bytes)).toBe(true);
      expect([row.width, row.height]).toEqual([200, 200]);
    }
  });

  it("stores nothing when one tile cannot be downloaded", async () => {
    const jobId = await newJob();
    const grid = await makeImage(256, 256, 4);
    const client = fakeClient({
      "https://cdn.test/g.png": grid.bytes,
      "https://cdn.test/t1.png": grid.bytes,
      "https://cdn.test/t2.png": grid.bytes,
      "https://cdn.test/t4.png": grid.bytes,
    });
    const run = ingestJobImages({
      jobId,
      kind: "IMAGINE",
      action: null,
      snapshot: snapshot({ imageUrl: "https://cdn.test/g.png", tileUrls: [1, 2, 3, 4].map((i) => `https://cdn.test/t${i}.png`) }),
      client,
    });
    await expect(run).rejects.toMatchObject({ name: "IngestError", code: "DOWNLOAD_FAILED", retryable: false });
    expect(await rowsOf(jobId)).toHaveLength(0);
    expect(await jobFiles(jobId)).toEqual([]);
  });
});

describe("ingest of an upscale", () => {
  it("stores one image as delivered, keeping its format", async () => {
    const jobId = await newJob("ACTION", "upscale:2");
    const upscale = await makeImage(640, 480, 5, "jpeg");
    const client = fakeClient({ "https://cdn.test/u.jpg": upscale.bytes });

    const result = await ingestJobImages({ jobId, kind: "ACTION", action: "upscale:2", snapshot: snapshot({ imageUrl: "https://cdn.test/u.jpg" }), client });

    expect(result).toEqual({ images: 1, width: 640, height: 480 });
    const rows = await rowsOf(jobId);
    expect(rows.map((r) => [r.kind, r.index, r.mime])).toEqual([["UPSCALE", 0, "image/jpeg"]]);
    expect(rows[0].storageKey).toMatch(/\.jpg$/);
    expect((await readStored(rows[0].storageKey)).equals(upscale.bytes)).toBe(true);
    expect(await jobFiles(jobId)).toHaveLength(2);
  });

  it("falls back to the vendor's other copy when the first URL fails", async () => {
    const jobId = await newJob("ACTION", "upscale:subtle");
    const upscale = await makeImage(300, 300, 6);
    const client = fakeClient({ "https://discord.test/u.png": upscale.bytes });
    const result = await ingestJobImages({
      jobId,
      kind: "ACTION",
      action: "upscale:subtle",
      snapshot: snapshot({ imageUrl: "https://cdn.test/gone.png", fallbackImageUrls: ["https://discord.test/u.png"] }),
      client,
    });
    expect(result.images).toBe(1);
    expect(client.downloadImage.mock.calls.map((c) => c[0])).toEqual(["https://cdn.test/gone.png", "https://discord.test/u.png"]);
    expect(client.downloadImage.mock.calls[0][1]).toBe(40 * 1024 * 1024);
  });
});

describe("jobs without images", () => {
  it.each(["DESCRIBE", "SHORTEN"])("%s stores nothing and downloads nothing", async (kind) => {
    const jobId = await newJob(kind);
    const client = fakeClient({});
    expect(await ingestJobImages({ jobId, kind, action: null, snapshot: snapshot({ prompts: ["a", "b"] }), client })).toEqual({
      images: 0,
      width: 0,
      height: 0,
    });
    expect(client.downloadImage).not.toHaveBeenCalled();
    expect(await rowsOf(jobId)).toHaveLength(0);
  });
});

describe("refusals", () => {
  it.each([
    ["an HTML error page", Buffer.from("<!doctype html><html><body>Not found</body></html>")],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
    ["a GIF", Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64")],
    ["nothing", Buffer.alloc(0)],
  ])("refuses %s as not an image", async (_what, body) => {
    const jobId = await newJob();
    const client = fakeClient({ "https://cdn.test/g.png": body });
    const error = await ingestJobImages({ jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }), client }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: "NOT_AN_IMAGE", retryable: false, userMessage: "The vendor returned something that is not an image." });
    expect(await rowsOf(jobId)).toHaveLength(0);
    expect(await jobFiles(jobId)).toEqual([]);
  });

  it("refuses a truncated PNG as damaged and stores nothing", async () => {
    const jobId = await newJob();
    const grid = await makeImage(256, 256, 10);
    const client = fakeClient({ "https://cdn.test/g.png": grid.bytes.subarray(0, Math.floor(grid.bytes.length / 2)) });
    await expect(
      ingestJobImages({ jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }), client }),
    ).rejects.toMatchObject({ code: "CORRUPT_IMAGE" });
    expect(await rowsOf(jobId)).toHaveLength(0);
    expect(await jobFiles(jobId)).toEqual([]);
  });

  it("reports a failed download as retryable and leaves no file and no row", async () => {
    const jobId = await newJob();
    const client = fakeClient({ "https://cdn.test/g.png": new VendorError("NETWORK", "socket hang up") });
    const error = await ingestJobImages({ jobId, kind: "IMAGINE", action: null, snapshot: snapshot({ imageUrl: "https://cdn.test/g.png" }), client }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      name: "IngestError",
      code: "DOWNLOAD_FAILED",
      retryable: true,
      userMessage: "Could not download the image from the vendor.",
    });
    expect(await rowsOf(jobId)).toHaveLength(0);
    expect(await jobFiles(jobId)).toEqual([]);
    // No temp files anywhere either (local files write through them; a bucket has none).
    const storage = getImageStorage();
    if (storage instanceof LocalFileStorage) {
      const all = fs.readdirSync(storage.root, { recursive: true }).map(String);
      expect(all.filter((f) => path.basename(f).startsWith(".tmp-"))).toEqual([]);
    }
  });

  it("asks for a retry when a finished task has no image URL yet", async () => {
    const jobId = await newJob();
    await expect(ingestJobImages({ jobId, kind: "IMAGINE", action: null, snapshot: snapshot({}), client: fakeClient({}) })).rejects.toMatchObject({
      code: "NO_IMAGE_URL",
      retryable: true,
    });
  });
});
