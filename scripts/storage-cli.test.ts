// The storage CLI as an operator runs it: a child process against a real S3 API (s3rver).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImageStorage } from "@/lib/storage/get-image-storage";
import type { ImageStorage } from "@/lib/storage/image-storage";
import { LocalFileStorage } from "@/lib/storage/local-file-storage";
import { storageConfigFrom } from "@/lib/storage/storage-config";
import { startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";

const root = path.resolve(__dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-storage-cli-"));
let server: RunningS3rver;

function storage(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/storage-cli.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, ...server.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const local = new LocalFileStorage(path.join(dataDir, "images"));
  for (let i = 0; i < 6; i++) await local.put(`jobs/job${i % 2}/grid-${i}.png`, Buffer.alloc(1000 + i, i), "image/png");
  server = await startS3rver({ bucket: "atelier-cli", prefix: "studio" });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run storage", () => {
  it("check prints the check's answer and its exit code says it", () => {
    expect(storage(["check"])).toMatchObject({ code: 0, stdout: `Storage: bucket "atelier-cli" (prefix studio/) at ${server.endpoint}\n` });
    const missing = storage(["check"], { STORAGE_URL: "s3://atelier-nope" });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Storage: bucket "atelier-nope" does not exist at ${server.endpoint} — create it first`);
  });

  it("migrate: a dry run, a copy, then a run with nothing left to copy", () => {
    const dry = storage(["migrate", "--dry-run"]);
    expect(dry.stdout).toContain("dry run: 6 to copy, 0 skipped, 0 failed");
    expect(dry.code).toBe(0);

    const copy = storage(["migrate"]);
    expect(copy.stdout).toContain(`copying ${path.join(dataDir, "images")} into bucket "atelier-cli" (prefix studio/) at ${server.endpoint}`);
    expect(copy.stdout).toContain("6 copied, 0 skipped, 0 failed");
    expect(copy.code).toBe(0);

    expect(storage(["migrate", "--from", path.join(dataDir, "images")]).stdout).toContain("0 copied, 6 skipped, 0 failed");
  });

  it("migrate refuses to run without a bucket to copy into, or from a folder that is not there", () => {
    const local = storage(["migrate"], { STORAGE_URL: "" });
    expect(local.code).toBe(2);
    expect(local.stderr).toContain("STORAGE_URL must name the bucket to copy into");
    const nowhere = storage(["migrate", "--from", path.join(dataDir, "nope")]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain("does not exist (give the local image folder with --from DIR)");
    expect(storage(["migrate", "extra"]).code).toBe(2);
  });

  it("migrate killed half way: the next run copies only what is missing", async () => {
    const { total, bucket, exitCode } = await interruptMigrate("killed", (child) => child.kill("SIGKILL"));
    expect(exitCode).toBeNull(); // killed, not finished
    const present = await countIn(bucket);
    expect(present).toBeLessThan(total);
    const resumed = storage(["migrate", "--from", path.join(dataDir, "killed")], { STORAGE_URL: "s3://atelier-cli/killed" });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`${total - present} copied, ${present} skipped, 0 failed`);
    expect(await countIn(bucket)).toBe(total);
  }, 120_000);

  it("migrate when the bucket dies half way: exits 1, and once it is back the next run finishes", async () => {
    const { total, bucket, exitCode, stderr } = await interruptMigrate("died", () => void server.kill());
    expect(exitCode).toBe(1);
    expect(stderr).toContain("gave up after 20 failures in a row (is the bucket still there?); the rest was not tried");
    expect(stderr).toContain("object(s) failed: run the same command again to copy what is missing");

    server = await startS3rver({ bucket: "atelier-cli", prefix: "studio", directory: server.directory, port: server.port });
    // Counted once it is back: a copy in flight when it died may have landed.
    const present = await countIn(bucket);
    expect(present).toBeLessThan(total);
    const resumed = storage(["migrate", "--from", path.join(dataDir, "died")], { STORAGE_URL: "s3://atelier-cli/died" });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`${total - present} copied, ${present} skipped, 0 failed`);
    expect(await countIn(bucket)).toBe(total);
  }, 120_000);
});

async function countIn(bucket: ImageStorage): Promise<number> {
  let n = 0;
  for await (const _ of bucket.list("")) n++;
  return n;
}

/** Starts a migrate of 300 objects into s3://atelier-cli/<name> and interrupts it once a few are copied. */
async function interruptMigrate(name: string, interrupt: (child: ChildProcess) => void) {
  const from = path.join(dataDir, name);
  const local = new LocalFileStorage(from);
  const total = 300;
  for (let i = 0; i < total; i++) await local.put(`jobs/j${i % 10}/grid-${i}.png`, Buffer.alloc(20_000, i % 256), "image/png");
  const env = { STORAGE_URL: `s3://atelier-cli/${name}` };
  const bucket = createImageStorage(storageConfigFrom({ ...server.env, ...env }));

  // node itself rather than the tsx launcher, which would leave its node child running when killed.
  const args = ["--conditions=react-server", "--import", "tsx", "scripts/storage-cli.ts", "migrate", "--from", from];
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATA_DIR: dataDir, ...server.env, ...env } });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  while ((await countIn(bucket)) < 5) await new Promise((r) => setTimeout(r, 20));
  interrupt(child);
  return { total, bucket, exitCode: await exited, stderr };
}
