import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// A data folder of its own (not test-env's): these tests watch it being created.
const parent = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-perms-"));
const dataDir = path.join(parent, "fresh", "data");
Object.assign(process.env, { DATA_DIR: dataDir });
delete process.env.DATABASE_URL;
delete process.env.NEXTAUTH_SECRET;
delete process.env.MASTER_KEY;
delete process.env.SIMULATOR_API_KEY;

const mode = (p: string) => fs.statSync(p).mode & 0o777;

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe("[H11.21] the studio's files are readable only by its own user", () => {
  it("DATA_DIR is created 0700 and the generated secrets 0600", async () => {
    const { loadSecrets } = await import("@/lib/secrets");
    loadSecrets();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, "secrets.json"))).toBe(0o600);
  });

  it("the database and its WAL and shared-memory files are created 0600", async () => {
    const { db } = await import("@/lib/db");
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("CREATE TABLE IF NOT EXISTS permission_probe (x INTEGER)");
    await db.$executeRawUnsafe("INSERT INTO permission_probe VALUES (1)");
    const file = path.join(dataDir, "atelier.db");
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    await db.$disconnect();
  });

  it("start-up tightens a data folder an older version left open to others", async () => {
    const old = path.join(parent, "old-install");
    fs.mkdirSync(path.join(old, "images", "jobs", "j1"), { recursive: true, mode: 0o755 });
    for (const name of ["atelier.db", "atelier.db-wal", "atelier.db-shm", "secrets.json", "first-admin.txt"])
      fs.writeFileSync(path.join(old, name), "x", { mode: 0o644 });
    fs.chmodSync(old, 0o755);
    const { preparePrivateDataDir } = await import("@/lib/runtime-paths");
    process.env.DATA_DIR = old;
    try {
      preparePrivateDataDir();
    } finally {
      process.env.DATA_DIR = dataDir;
    }
    expect(mode(old)).toBe(0o700);
    expect(mode(path.join(old, "images"))).toBe(0o700);
    for (const name of ["atelier.db", "atelier.db-wal", "atelier.db-shm", "secrets.json", "first-admin.txt"])
      expect(mode(path.join(old, name)), name).toBe(0o600);
  });

  it("start-up creates the database file 0600 before the migrations open it", async () => {
    const fresh = path.join(parent, "first-start");
    const { preparePrivateDataDir } = await import("@/lib/runtime-paths");
    process.env.DATA_DIR = fresh;
    try {
      preparePrivateDataDir();
    } finally {
      process.env.DATA_DIR = dataDir;
    }
    expect(mode(fresh)).toBe(0o700);
    expect(mode(path.join(fresh, "atelier.db"))).toBe(0o600);
  });
});
