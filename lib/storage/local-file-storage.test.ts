import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalFileStorage } from "./local-file-storage";
import { isValidStorageKey } from "./storage-key";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-storage-"));
let storage: LocalFileStorage;

beforeEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root);
  storage = new LocalFileStorage(root);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every file under the root, relative, including hidden temp files. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

describe("local file storage", () => {
  it("stores, stats, streams, reads and deletes an object", async () => {
    const bytes = Buffer.alloc(200_000, 7); // more than one stream chunk
    await storage.put("jobs/j1/grid-0-abc.png", bytes, "image/png");

    expect(await storage.exists("jobs/j1/grid-0-abc.png")).toBe(true);
    expect((await storage.stat("jobs/j1/grid-0-abc.png"))?.size).toBe(bytes.length);
    const object = await storage.get("jobs/j1/grid-0-abc.png");
    expect(object?.size).toBe(bytes.length);
    expect((await readAll(object!.body)).equals(bytes)).toBe(true);
    expect((await storage.read("jobs/j1/grid-0-abc.png"))?.equals(bytes)).toBe(true);

    await storage.delete("jobs/j1/grid-0-abc.png");
    expect(await storage.exists("jobs/j1/grid-0-abc.png")).toBe(false);
    await expect(storage.delete("jobs/j1/grid-0-abc.png")).resolves.toBeUndefined();
  });

  it("[H11.21] stores every file readable only by the studio's user: files 0600, folders 0700", async () => {
    const deep = new LocalFileStorage(path.join(root, "images-root"));
    await deep.put("uploads/u1/a.png", Buffer.from("private"), "image/png");
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect(mode(path.join(root, "images-root", "uploads", "u1", "a.png"))).toBe(0o600);
    for (const dir of ["images-root", "images-root/uploads", "images-root/uploads/u1"]) expect(mode(path.join(root, dir)), dir).toBe(0o700);
  });

  it("answers null for missing objects and for folders", async () => {
    await storage.put("jobs/j1/a.png", Buffer.from("x"), "image/png");
    expect(await storage.get("jobs/j1/missing.png")).toBeNull();
    expect(await storage.read("nothing/here.png")).toBeNull();
    expect(await storage.stat("jobs/j1")).toBeNull();
    expect(await storage.get("jobs/j1")).toBeNull();
    expect(await storage.stat("jobs/j1/a.png/below")).toBeNull();
  });

  it("replaces an object whole and leaves no temp file behind", async () => {
    await storage.put("k/file.png", Buffer.from("old contents"), "image/png");
    await storage.put("k/file.png", Buffer.from("new"), "image/png");
    expect((await storage.read("k/file.png"))?.toString()).toBe("new");
    expect(filesUnder(root)).toEqual(["k/file.png"]);
  });

  it("keeps the old object and removes the temp file when a write fails", async () => {
    await storage.put("k/file.png", Buffer.from("old contents"), "image/png");
    const renameSpy = vi.spyOn(fs.promises, "rename").mockRejectedValueOnce(Object.assign(new Error("disk on fire"), { code: "EIO" }));
    try {
      await expect(storage.put("k/file.png", Buffer.from("new contents"), "image/png")).rejects.toThrow("disk on fire");
    } finally {
      renameSpy.mockRestore();
    }
    expect((await storage.read("k/file.png"))?.toString()).toBe("old contents");
    expect(filesUnder(root)).toEqual(["k/file.png"]);
  });

  it("writes through a temp file in the same folder and renames it into place", async () => {
    const renameSpy = vi.spyOn(fs.promises, "rename");
    try {
      await storage.put("jobs/j2/tile-1.png", Buffer.from("tile"), "image/png");
      const [from, to] = renameSpy.mock.calls[0] as [string, string];
      expect(path.dirname(from)).toBe(path.dirname(to));
      expect(path.basename(from)).toMatch(/^\.tmp-/);
      expect(to).toBe(path.join(root, "jobs", "j2", "tile-1.png"));
    } finally {
      renameSpy.mockRestore();
    }
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
    await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
  });

  it("accepts the keys ingest builds", () => {
    expect(isValidStorageKey("jobs/cmabc123/grid-0-0123456789abcdef.png")).toBe(true);
    expect(isValidStorageKey("thumbs/cmabc123/tile-4-0123456789abcdef.webp")).toBe(true);
  });
});
