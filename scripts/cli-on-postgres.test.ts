import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/lib/trusted/db/migrate-postgres";
import { createScratchDatabase, type ScratchDatabase } from "@/tests/integration/support/pg-scratch-database";

const run = promisify(execFile);
let database: ScratchDatabase;

beforeAll(async () => {
  database = await createScratchDatabase("cli");
  await migratePostgres(database.url, { log: () => {} });
});
afterAll(async () => database?.drop());

describe("the operator CLIs on PostgreSQL", () => {
  it("finish and exit as soon as their work is done (idle pooled connections kept a call alive for 30 s)", async () => {
    const started = Date.now();
    const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/vendor-cli.ts", "list"], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "atelier-cli-pg-")),
        MASTER_KEY: "cli-test-master-key-0123456789abcdef0123",
      },
      timeout: 60_000,
    });
    expect(stdout).toContain("No vendor connections yet");
    // The pool's idle timeout is 30 s: a process it kept alive takes at least that long.
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 90_000);
});
