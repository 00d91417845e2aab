// The ImageStorage contract as one test suite, run against every implementation
// (local-file-storage.test.ts, s3-storage.test.ts) so they cannot drift apart.
import { beforeEach, describe, expect, it } from "vitest";
import type { ImageStorage } from "./image-storage";
import { isValidStorageKey } from "./storage-key";

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

async function keysOf(storage: ImageStorage, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of storage.list(prefix)) keys.push(entry.key);
  return keys.sort();
}

/** `fresh` answers an empty store for each test. */
export function describeStorageContract(name: string, fresh: () => Promise<ImageStorage> | ImageStorage): void {
  describe(`${name}: the storage contract`, () => {
    let storage: ImageStorage;
    beforeEach(async () => {
      storage = await fresh();
    });

    it("stores, stats, streams, reads and deletes an object", async () => {
      const bytes = Buffer.alloc(200_000, 7); // more than one stream chunk
      const before = Date.now();
      await storage.put("jobs/j1/grid-0-abc.png", bytes, "image/png");

      expect(await storage.exists("jobs/j1/grid-0-abc.png")).toBe(true);
      const info = await storage.stat("jobs/j1/grid-0-abc.png");
      expect(info?.size).toBe(bytes.length);
      // Second precision (S3's Last-Modified), with slack for clocks.
      expect(Math.abs(info!.modifiedAt.getTime() - before)).toBeLessThan(60_000);
      const object = await storage.get("jobs/j1/grid-0-abc.png");
      expect(object?.size).toBe(bytes.length);
      expect((await readAll(object!.body)).equals(bytes)).toBe(true);
      expect((await storage.read("jobs/j1/grid-0-abc.png"))?.equals(bytes)).toBe(true);

      await storage.delete("jobs/j1/grid-0-abc.png");
      expect(await storage.exists("jobs/j1/grid-0-abc.png")).toBe(false);
      expect(await storage.get("jobs/j1/grid-0-abc.png")).toBeNull();
      await expect(storage.delete("jobs/j1/grid-0-abc.png")).resolves.toBeUndefined();
    });

    it("answers null for missing objects and for folders", async () => {
      await storage.put("jobs/j1/a.png", Buffer.from("x"), "image/png");
      expect(await storage.get("jobs/j1/missing.png")).toBeNull();
      expect(await storage.read("nothing/here.png")).toBeNull();
      expect(await storage.stat("nothing/here.png")).toBeNull();
      expect(await storage.exists("nothing/here.png")).toBe(false);
      expect(await storage.stat("jobs/j1")).toBeNull();
      expect(await storage.get("jobs/j1")).toBeNull();
      expect(await storage.read("jobs/j1")).toBeNull();
    });

    it("replaces an object whole", async () => {
      await storage.put("k/file.png", Buffer.from("old contents"), "image/png");
      await storage.put("k/file.png", Buffer.from("new"), "image/png");
      expect((await storage.read("k/file.png"))?.toString()).toBe("new");
      expect((await storage.stat("k/file.png"))?.size).toBe(3);
      expect(await keysOf(storage, "k/")).toEqual(["k/file.png"]);
    });

    it("lists the objects under a folder, or all of them, with their sizes", async () => {
      await storage.put("uploads/u1/a.png", Buffer.from("aa"), "image/png");
      await storage.put("uploads/u1/b.png", Buffer.from("bbb"), "image/png");
      await storage.put("uploads/u2/c.png", Buffer.from("c"), "image/png");
      await storage.put("jobs/j1/d.png", Buffer.from("dddd"), "image/png");

      expect(await keysOf(storage, "uploads/u1/")).toEqual(["uploads/u1/a.png", "uploads/u1/b.png"]);
      expect(await keysOf(storage, "uploads/")).toEqual(["uploads/u1/a.png", "uploads/u1/b.png", "uploads/u2/c.png"]);
      expect(await keysOf(storage, "")).toEqual(["jobs/j1/d.png", "uploads/u1/a.png", "uploads/u1/b.png", "uploads/u2/c.png"]);
      expect(await keysOf(storage, "nothing/")).toEqual([]);
      const sizes: Record<string, number> = {};
      for await (const entry of storage.list("uploads/")) sizes[entry.key] = entry.size;
      expect(sizes).toEqual({ "uploads/u1/a.png": 2, "uploads/u1/b.png": 3, "uploads/u2/c.png": 1 });
      await expect(keysOf(storage, "uploads")).rejects.toThrow(/Invalid storage key/);
    });

    it("has no abandoned writes after puts that finished", async () => {
      await storage.put("k/a.png", Buffer.from("a"), "image/png");
      expect(await storage.removeAbandonedWrites(new Date(Date.now() + 60_000))).toBe(0);
      expect(await storage.exists("k/a.png")).toBe(true);
    });

    it.each([
      "../escape.png",
      "jobs/../../escape.png",
      "/etc/passwd",
      "jobs//a.png",
      "jobs/./a.png",
      ".tmp-x",
      "jobs/.hidden",
      "a\\..\\b",
      "",
      "jobs/a b.png",
      "jobs/%2e%2e/a",
    ])("refuses the key %j", async (key) => {
      expect(isValidStorageKey(key)).toBe(false);
      await expect(storage.put(key, Buffer.from("x"), "image/png")).rejects.toThrow(/Invalid storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.stat(key)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
    });
  });
}
