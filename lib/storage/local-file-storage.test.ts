import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalFileStorage } from "./local-file-storage";
import { describeStorageContract } from "./storage-contract";
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

describeStorageContract("local file storage", () => storage);

describe("local file storage", () => {
  it("[H11.21] stores every file readable only by the studio's user: files 0600, folders 0700", async () => {
    const deep = new LocalFileStorage(path.join(root, "images-root"));
    await deep.put("uploads/u1/a.png", Buffer.from("private"), "image/png");
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect(mode(path.join(root, "images-root", "uploads", "u1", "a.png"))).toBe(0o600);
    for (const dir of ["images-root", "images-root/uploads", "images-root/uploads/u1"]) expect(mode(path.join(root, dir)), dir).toBe(0o700);
  });

  it("answers null below a file (ENOTDIR), where a bucket has no folders to trip on", async () => {
    await storage.put("jobs/j1/a.png", Buffer.from("x"), "image/png");
    expect(await storage.stat("jobs/j1/a.png/below")).toBeNull();
    expect(await storage.get("jobs/j1/a.png/below")).toBeNull();
  });

  it("replaces an object whole and leaves no temp file behind", async () => {
    await storage.put("k/file.png", Buffer.from("old contents"), "image/png");
    await storage.put("k/file.png", Buffer.from("new"), "image/png");
    expect((await storage.read("k/file.png"))?.toString()).toBe("new");
    expect(filesUnder(root)).toEqual(["k/file.png"]);
  });

  // Not in the shared contract: S3 promises the same, but s3rver rewrites its file in place, so
  // a read racing a put fails there where a real bucket would not.
  it("lets a reader see the old bytes or the new ones, never a mix, while a put replaces them", async () => {
    const old = Buffer.alloc(300_000, 1);
    const fresh = Buffer.alloc(300_000, 2);
    await storage.put("k/race.png", old, "image/png");
    const reads = Array.from({ length: 5 }, () => storage.read("k/race.png"));
    await Promise.all([storage.put("k/race.png", fresh, "image/png"), ...reads]);
    for (const bytes of await Promise.all(reads)) expect(bytes!.equals(old) || bytes!.equals(fresh)).toBe(true);
    expect((await storage.read("k/race.png"))!.equals(fresh)).toBe(true);
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

  it("accepts the keys ingest builds", () => {
    expect(isValidStorageKey("jobs/cmabc123/grid-0-0123456789abcdef.png")).toBe(true);
    expect(isValidStorageKey("thumbs/cmabc123/tile-4-0123456789abcdef.webp")).toBe(true);
  });
});
