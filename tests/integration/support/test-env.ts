// Imported FIRST by integration test files: points the studio at a fresh data folder before
// any module reads DATA_DIR (lib/db.ts opens its SQLite file when first imported). With
// TEST_DATABASE=postgresql the same tests run on a PostgreSQL database of their own.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "./postgres-test-databases";

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

if (process.env.TEST_DATABASE === "postgresql") {
  // A fresh copy of the run's migrated template (tests/integration/support/global-setup.ts).
  const template = process.env.TEST_POSTGRES_TEMPLATE;
  if (!template) throw new Error("TEST_DATABASE=postgresql needs Vitest's global setup (tests/integration/support/global-setup.ts)");
  const name = `${template.replace(/_template$/, "")}_${process.pid}_${path
    .basename(TEST_DATA_DIR)
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()}`;
  process.env.DATABASE_URL = await createDatabase(name, template);
} else {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
}
