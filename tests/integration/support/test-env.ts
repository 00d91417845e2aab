// Imported FIRST by integration test files: points the studio at a fresh data folder before
// any module reads DATA_DIR (lib/db.ts opens its SQLite file when first imported).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const TEST_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-int-"));
export const SIM_KEY = "integration-simulator-key-0001";

Object.assign(process.env, {
  DATA_DIR: TEST_DATA_DIR,
  DATABASE_URL: `file:${path.join(TEST_DATA_DIR, "atelier.db")}`,
  MASTER_KEY: "integration-master-key-of-at-least-32-chars",
  NEXTAUTH_SECRET: "integration-nextauth-secret-of-32-characters",
  SIMULATOR_API_KEY: SIM_KEY,
  POLL_INTERVAL_MS: "100",
  JOB_TIMEOUT_S: "60",
});

execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
