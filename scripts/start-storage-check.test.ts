// npm start refuses to start on a bucket it cannot use, before it touches DATA_DIR or the database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";

let server: RunningS3rver;
const dataDir = path.join(os.tmpdir(), `atelier-start-storage-${process.pid}-${Date.now()}`);

beforeAll(async () => {
  server = await startS3rver({ bucket: "atelier-other" });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start and the storage check", () => {
  it("exits 1 with the check's message when the bucket does not exist", () => {
    const result = spawnSync(process.execPath, [path.join(__dirname, "start.mjs"), "--prepare-only"], {
      env: { ...process.env, ...server.env, STORAGE_URL: "s3://atelier-missing/studio", DATA_DIR: dataDir, NODE_ENV: "production" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`[atelier] Storage: bucket "atelier-missing" does not exist at ${server.endpoint} — create it first`);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
