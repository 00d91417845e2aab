// The scale-out test (issue 13): it starts its own studio processes, PostgreSQL database, S3 server
// and vendor (e2e-scale/support/scale-cluster.ts), so there is no webServer here.
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium-options";

export default defineConfig({
  testDir: "e2e-scale",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/scale",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Sign-ins and first page loads of a restarted studio on a busy machine.
  expect: { timeout: 60_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/scale-results.json" }]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions: chromiumLaunchOptions },
});
