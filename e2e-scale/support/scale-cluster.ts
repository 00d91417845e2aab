// What a scale-out test or benchmark runs against: a fresh PostgreSQL database, an S3 server
// (s3rver) with its bucket, a vendor (the simulator package on its own port, so every studio
// process talks to the same one), and studio processes sharing them, started like an operator
// starts replicas: the same DATABASE_URL, STORAGE_URL and secrets, a different PORT.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { startVendorSimulatorServer, type VendorSimulatorServer } from "@atelier/vendor-simulator";
import { startS3rver, type RunningS3rver } from "../../lib/testing/s3rver";
import { startStudioProcess, type StudioProcess } from "./studio-process";

export const CLUSTER_ADMIN = { email: "admin@scale.test", password: "scale-admin-password" };
export const VENDOR_KEY = "scale-vendor-key-000000000001";

export interface ScaleCluster {
  databaseUrl: string;
  s3: RunningS3rver;
  vendor: VendorSimulatorServer;
  vendorDir: string;
  env: Record<string, string>;
  startStudio(name: string, port: number): Promise<StudioProcess>;
  /** SQL on the studio's database. */
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The vendor's own record of its tasks (the simulator's SQLite file). */
  vendorTasks(): { id: string; prompt: string; submitted_at: number; finished_at: number | null; status: string }[];
  close(): Promise<void>;
}

function postgresBase(): string {
  return (process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${postgresBase()}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startScaleCluster(options: { name: string; vendorStepMs: number; vendorConcurrency: number; env?: Record<string, string> }) {
  const database = `atelier_${options.name}_${process.pid}`;
  await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${database}"`);
  const databaseUrl = `${postgresBase()}/${database}`;
  const s3 = await startS3rver({ bucket: "atelier-scale" });
  const vendorDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-scale-vendor-"));
  const vendor = await startVendorSimulatorServer({
    apiKey: VENDOR_KEY,
    dir: vendorDir,
    host: "127.0.0.1",
    stepMs: options.vendorStepMs,
    steps: 4,
    concurrency: options.vendorConcurrency,
    maxQueued: 5000,
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    ...s3.env,
    NEXTAUTH_SECRET: "scale-nextauth-secret-0123456789abcdef0123",
    MASTER_KEY: "scale-master-key-0123456789abcdef0123456789",
    ADMIN_EMAIL: CLUSTER_ADMIN.email,
    ADMIN_PASSWORD: CLUSTER_ADMIN.password,
    POLL_INTERVAL_MS: "250",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  const studios: StudioProcess[] = [];
  const cluster: ScaleCluster = {
    databaseUrl,
    s3,
    vendor,
    vendorDir,
    env,
    async startStudio(name, port) {
      const studio = await startStudioProcess({ name, port, env });
      studios.push(studio);
      return studio;
    },
    async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
      return (await pool.query<T>(sql, params)).rows;
    },
    vendorTasks() {
      const db = new Database(path.join(vendorDir, "simulator", "sim.db"), { readonly: true });
      try {
        return db.prepare("SELECT id, prompt, submitted_at, finished_at, status FROM tasks").all() as ReturnType<ScaleCluster["vendorTasks"]>;
      } finally {
        db.close();
      }
    },
    async close() {
      await Promise.all(studios.map((studio) => studio.stop()));
      await pool.end();
      await vendor.close();
      await s3.close();
      await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      fs.rmSync(vendorDir, { recursive: true, force: true });
      for (const studio of studios) fs.rmSync(studio.dataDir, { recursive: true, force: true });
    },
  };
  return cluster;
}

/** Adds the vendor as the studio's default connection through the operator CLI, then sets its limits. */
export async function addScaleVendor(cluster: ScaleCluster, limits: { concurrency: number; rateLimitPerMin: number }): Promise<string> {
  const { execFileSync } = await import("node:child_process");
  execFileSync(
    "npm",
    [
      "run",
      "--silent",
      "vendor",
      "--",
      "add",
      "--name",
      "Scale vendor",
      "--protocol",
      "ttapi",
      "--base-url",
      `${cluster.vendor.url}/ttapi`,
      "--key",
      VENDOR_KEY,
      "--default",
    ],
    { env: { ...process.env, ...cluster.env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "atelier-scale-cli-")) }, stdio: "pipe" },
  );
  const [row] = await cluster.query<{ id: string }>(
    `UPDATE "VendorConnection" SET "concurrency" = $1, "rateLimitPerMin" = $2 WHERE "name" = 'Scale vendor' RETURNING "id"`,
    [limits.concurrency, limits.rateLimitPerMin],
  );
  return row.id;
}
