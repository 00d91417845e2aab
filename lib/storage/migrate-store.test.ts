// Migrating a local image folder into a bucket on a real S3 API (s3rver) that dies half way.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";
import { createImageStorage } from "./get-image-storage";
import { LocalFileStorage } from "./local-file-storage";
import { type MigrateEvent, migrateStore } from "./migrate-store";
import { storageConfigFrom } from "./storage-config";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-migrate-"));
const s3Dir = path.join(root, "s3");
let server: RunningS3rver;
let local: LocalFileStorage;
const keys = Array.from({ length: 16 }, (_, i) => `${i % 2 ? "thumbs" : "jobs"}/job${i % 4}/img-${i}.${i % 2 ? "webp" : "png"}`);

const bytesOf = (key: string) => Buffer.alloc(5_000 + keys.indexOf(key) * 100, keys.indexOf(key));
const bucket = () => createImageStorage(storageConfigFrom(server.env));

beforeAll(async () => {
  local = new LocalFileStorage(path.join(root, "images"));
  for (const key of keys) await local.put(key, bytesOf(key), "image/png");
  server = await startS3rver({ bucket: "atelier-migrate", prefix: "studio", directory: s3Dir });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("migrateStore", () => {
  it("a dry run counts what it would copy and copies nothing", async () => {
    const result = await migrateStore({ from: local, to: bucket(), dryRun: true });
    expect(result).toMatchObject({ copied: keys.length, skipped: 0, failed: 0 });
    for await (const entry of bucket().list("")) throw new Error(`${entry.key} was copied by a dry run`);
  });

  it("is interrupted when the bucket dies, and a second run finishes without copying anything twice", async () => {
    // One object is already there whole, one under the same key with other bytes (a copy cut short
    // by some other tool): the first is skipped, the second copied again.
    await bucket().put(keys[0], bytesOf(keys[0]), "image/png");
    await bucket().put(keys[1], Buffer.from("short"), "image/webp");

    const first: MigrateEvent[] = [];
    let killed: Promise<void> | undefined;
    const interrupted = await migrateStore({
      from: local,
      to: bucket(),
      concurrency: 2,
      onObject(event) {
        first.push(event);
        // The store dies after the fourth copy, with later objects still to go.
        if (event.outcome === "copied" && first.filter((e) => e.outcome === "copied").length === 4) killed ??= server.kill();
      },
    });
    await killed;
    expect(interrupted.failed).toBeGreaterThan(0);
    expect(interrupted.copied + interrupted.skipped + interrupted.failed).toBe(keys.length);

    server = await startS3rver({ bucket: "atelier-migrate", prefix: "studio", directory: s3Dir, port: server.port });
    const second: MigrateEvent[] = [];
    const resumed = await migrateStore({ from: local, to: bucket(), onObject: (event) => second.push(event) });

    expect(resumed.failed).toBe(0);
    const copiedFirst = new Set(first.filter((e) => e.outcome === "copied").map((e) => e.key));
    const copiedAgain = second.filter((e) => e.outcome === "copied" && copiedFirst.has(e.key));
    expect(copiedAgain).toEqual([]);
    expect(resumed.skipped).toBeGreaterThanOrEqual(copiedFirst.size + 1);
    // The object that was there whole before either run was never copied.
    expect([...first, ...second].filter((e) => e.key === keys[0] && e.outcome !== "failed").map((e) => e.outcome)).toEqual(["skipped"]);
    expect([...first, ...second].filter((e) => e.key === keys[1] && e.outcome === "copied")).toHaveLength(1);
    expect(resumed.copied).toBe(keys.length - resumed.skipped);
    for (const key of keys) expect((await bucket().read(key))?.equals(bytesOf(key)), key).toBe(true);
    expect((await bucket().stat(keys[1]))?.size).toBe(bytesOf(keys[1]).length);

    // A third run has nothing left to do.
    expect(await migrateStore({ from: local, to: bucket() })).toMatchObject({ copied: 0, skipped: keys.length, failed: 0 });
  });
});
