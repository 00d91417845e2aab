import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";

// Its own production server (scripts/start.mjs → scripts/server.ts, the build the suite made),
// on the next port, with a test-only preload that lets the test make it throw.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 1;

/** A GET on a fresh connection: its status and body, or the connection error's code. */
function get(pathname: string): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port: PORT, path: pathname, agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

test.describe("[H11.7] the production server and stray errors", () => {
  test("[H11.7] a stray rejection is logged and serving goes on; a stray exception drains in-flight requests and exits 1", async () => {
    test.setTimeout(360_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-e2e-crash-"));
    const preload = pathToFileURL(path.resolve("e2e/support/crash-switch.mjs")).href;
    // A studio of its own in every run: its own SQLite and files (on the suite's PostgreSQL it would
    // be a second process with secrets of its own, which the database refuses).
    const { DATABASE_URL: _database, STORAGE_URL: _storage, ...inherited } = process.env;
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...inherited, PORT: String(PORT), DATA_DIR: dataDir, NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, NODE_OPTIONS: `--import ${preload}` },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await expect.poll(async () => (await get("/api/health")).status, { timeout: 150_000, intervals: [500] }).toBe(200);

      expect(await get("/__crash/reject")).toEqual({ status: 200, body: "rejected" });
      await new Promise((r) => setTimeout(r, 300));
      expect((await get("/api/health")).status).toBe(200);
      expect(log).toContain("e2e: a stray rejection");
      expect(child.exitCode).toBeNull();

      const slow = get("/__crash/slow");
      await new Promise((r) => setTimeout(r, 100));
      expect(await get("/__crash/throw")).toEqual({ status: 200, body: "thrown" });
      await new Promise((r) => setTimeout(r, 300));
      // New requests are turned away, never served: refused once the listener is closed, or reset
      // when one slipped in while it was closing (a loaded machine is slower to get there).
      expect(["ECONNREFUSED", "ECONNRESET"]).toContain((await get("/api/health")).error);
      expect(await slow).toEqual({ status: 200, body: "finished" });
      expect(await exited).toBe(1);
      expect(log).toMatch(/uncaught exception: Error: e2e: a stray exception/);
      expect(log).toContain("in-flight requests finished; exiting");
    } finally {
      try {
        process.kill(-child.pid!, "SIGKILL"); // start.mjs and the server it started
      } catch {
        // already gone
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
