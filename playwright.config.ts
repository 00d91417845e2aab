import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One fresh data folder per run, shared by the server and every worker (workers inherit env).
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-e2e-"));
}
const port = Number(process.env.E2E_PORT ?? 3210);
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
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    command: `node scripts/start.mjs 2>&1 | tee -a "${e2eServerLog}"`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: e2eEnv,
  },
});
