import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium-options";
import { s3rverEnv } from "./lib/testing/s3rver";

// One fresh data folder per run, shared by the server and every worker (workers inherit env).
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-e2e-"));
}
const port = Number(process.env.E2E_PORT ?? 3210);
// E2E_DATABASE=postgresql: the same suite against the studio on PostgreSQL, in a database of the
// run's own (scripts/test.mjs runs both). The CLIs the tests call inherit DATABASE_URL from here.
if (process.env.E2E_DATABASE === "postgresql") {
  const base = (process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");
  process.env.E2E_POSTGRES_URL ??= `${base}/atelier_e2e_${port}_${process.pid}`;
  process.env.DATABASE_URL = process.env.E2E_POSTGRES_URL;
} else {
  delete process.env.DATABASE_URL;
}
// E2E_STORAGE=s3: images in a bucket of an S3 server (s3rver) started beside the studio.
const s3Port = port + 1000;
const s3 = process.env.E2E_STORAGE === "s3";
const s3Dir = path.join(process.env.E2E_DATA_DIR, "s3");
if (s3) Object.assign(process.env, s3rverEnv(`http://127.0.0.1:${s3Port}`, "atelier-e2e", "e2e"));
const createDatabase = process.env.E2E_POSTGRES_URL ? `node e2e/support/postgres-database.mjs create "${process.env.E2E_POSTGRES_URL}" && ` : "";
// Everything the server prints is also kept here, so tests can check what never reaches the log.
export const e2eServerLog = path.join(process.env.E2E_DATA_DIR, "server.log");
export const e2eEnv = {
  PORT: String(port),
  DATA_DIR: process.env.E2E_DATA_DIR,
  ADMIN_EMAIL: "admin@e2e.test",
  ADMIN_PASSWORD: "e2e-admin-password",
  SIMULATOR_STEP_MS: "120",
  POLL_INTERVAL_MS: "250",
  SIMULATOR_KNOBS: "1",
  // /sim/trueai links its images to a CDN host that is not the API host (e2e/real-vendors.spec.ts).
  SIMULATOR_TRUEAI_CDN_ORIGIN: `http://127.0.0.2:${port}`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  // e2e/sign-in-limits.spec.ts plays a reverse proxy from this loopback address.
  TRUSTED_PROXIES: "127.0.0.93",
};

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: npm test runs this suite twice at once beside the scale-out test on a 2-core machine,
  // where one test took 1.6 min that takes 20 s alone; what the tests check never depends on time.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: [
    ...(s3
      ? [
          {
            command: `node --openssl-legacy-provider --import tsx lib/testing/s3rver-main.ts --port ${s3Port} --dir "${s3Dir}" --bucket atelier-e2e`,
            port: s3Port,
            // Generous: npm test runs this suite twice at once beside the scale-out test on a 2-core machine;
            // what the tests check never depends on time.
            timeout: 90_000,
            reuseExistingServer: false,
          },
        ]
      : []),
    {
      // The bucket must answer before the studio starts (it checks it and stops otherwise).
      command: `${s3 ? `node e2e/support/wait-for-port.mjs ${s3Port} && ` : ""}${createDatabase}node scripts/start.mjs 2>&1 | tee -a "${e2eServerLog}"`,
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: e2eEnv,
    },
  ],
});
