import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // "server-only" throws outside React Server Components; tests run the server code directly.
      "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "packages/**/*.test.ts", "components/**/*.test.{ts,tsx}", "app/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // PostgreSQL runs (TEST_DATABASE=postgresql) make the run's template database here; S3 runs
    // (TEST_STORAGE=s3) start one s3rver, and each test file gets its own prefix in its bucket.
    globalSetup: ["tests/integration/support/global-setup.ts", "lib/testing/s3-test-storage.ts"],
    setupFiles: ["lib/testing/s3-test-prefix.ts"],
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: "forks",
    // Integration tests share SQLite files and ports: keep files parallel but bounded for 2 cores.
    maxWorkers: 2,
  },
});
