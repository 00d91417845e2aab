// Starts the production studio (scripts/start.mjs: migrate, build if needed, next start) on
// loopback with a throw-away data folder, for benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface RunningStudio {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Everything the studio printed so far. */
  log(): string;
  stop(): Promise<void>;
}

export const BENCH_ADMIN = { email: "admin@bench.test", password: "bench-admin-password" };

export async function startStudio(options: { port: number; env?: Record<string, string> }): Promise<RunningStudio> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-"));
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`studio exited early:\n${log.slice(-3000)}`);
    if (Date.now() > deadline) throw new Error("studio did not start in 10 minutes");
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    dataDir,
    process: child,
    log: () => log,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}
