// Starts the production studio (scripts/start.mjs: migrate, build if needed, next start) on
// loopback with a throw-away data folder, for benchmarks. With `database` it runs on that database
// (PostgreSQL by its URL, or SQLite in the data folder whatever DATABASE_URL the caller has);
// without, it inherits the caller's DATABASE_URL.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseProvider, type DatabaseProvider } from "../../lib/database-url";
import type { BenchTarget } from "./bench-sql";

export interface RunningStudio extends BenchTarget {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Everything the studio printed so far. */
  log(): string;
  stop(): Promise<void>;
}

export const BENCH_ADMIN = { email: "admin@bench.test", password: "bench-admin-password" };

/** The environment that points a studio process (or one of its CLIs) at a database. */
export function databaseEnv(env: NodeJS.ProcessEnv, database: { provider: DatabaseProvider; url?: string }): NodeJS.ProcessEnv {
  const out = { ...env };
  if (database.provider === "postgresql") out.DATABASE_URL = database.url;
  else delete out.DATABASE_URL;
  return out;
}

export async function startStudio(options: {
  port: number;
  env?: Record<string, string>;
  database?: { provider: DatabaseProvider; url?: string };
}): Promise<RunningStudio> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-"));
  const baseEnv = options.database ? databaseEnv(process.env, options.database) : process.env;
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...baseEnv,
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
  const databaseUrl = baseEnv.DATABASE_URL;
  return {
    url,
    dataDir,
    provider: databaseProvider(databaseUrl),
    databaseUrl: databaseProvider(databaseUrl) === "postgresql" ? databaseUrl : undefined,
    process: child,
    log: () => log,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      // Until it has exited (its port and database connections released), or 10 s.
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((r) => {
          const timer = setTimeout(r, 10_000);
          child.once("exit", () => (clearTimeout(timer), r(null)));
        });
    },
  };
}
