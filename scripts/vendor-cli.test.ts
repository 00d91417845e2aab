// The vendor CLI as an admin runs it: a child process against a fresh, migrated DATA_DIR.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const TT_KEY = "tt-secret-key-abcd";
const PROXY_KEY = "sk-proxy-secret-wxyz";
let dataDir: string;

function vendor(args: string[], input?: string) {
  const result = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/vendor-cli.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", MASTER_KEY: "" },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every byte SQLite may hold: the database file and its journal/WAL side files. */
function databaseBytes(): string {
  return fs
    .readdirSync(dataDir)
    .filter((f) => f.startsWith("atelier.db"))
    .map((f) => fs.readFileSync(path.join(dataDir, f)).toString("latin1"))
    .join("");
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-vendor-cli-"));
  const migrate = spawnSync(bin("prisma"), ["migrate", "deploy"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Each test runs the CLI several times, each a fresh tsx process (a few seconds on a quiet 2-core
// machine, several times that on a busy one): the time limit is per test, so it allows for that.
describe("[VENDOR CLI] npm run vendor", { timeout: 150_000 }, () => {
  it("adds connections, with the key from a flag or from standard input", () => {
    const tt = vendor(["add", "--name", "TTAPI main", "--protocol", "ttapi", "--base-url", "https://api.ttapi.io/", "--key", TT_KEY, "--default"]);
    expect(tt.stderr).toBe("");
    expect(tt).toMatchObject({ code: 0 });
    expect(tt.stdout).toContain('Added "TTAPI main" (ttapi, https://api.ttapi.io, key ••••abcd) as the default connection.');
    const proxy = vendor(
      ["add", "--name", "Gateway", "--protocol", "mjproxy", "--profile", "newapi", "--base-url", "https://gw.example.com", "--key", "-", "--concurrency", "3"],
      `${PROXY_KEY}\n`,
    );
    expect(proxy.code).toBe(0);
    expect(proxy.stdout).toContain("key ••••wxyz");
    expect(proxy.stdout + tt.stdout).not.toContain(TT_KEY);
    expect(proxy.stdout).not.toContain(PROXY_KEY);
  });

  it("lists connections with only the last four characters of each key", () => {
    const list = vendor(["list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/TTAPI main\s+ttapi\s+https:\/\/api\.ttapi\.io\s+••••abcd\s+fast\s+10\s+ACTIVE\s+0\s+yes/);
    expect(list.stdout).toMatch(/Gateway\s+mjproxy\/newapi\s+https:\/\/gw\.example\.com\s+••••wxyz\s+fast\s+3\s+ACTIVE\s+0/);
    expect(list.stdout).not.toContain(TT_KEY);
    expect(list.stdout).not.toContain(PROXY_KEY);
    expect(list.stdout).not.toContain("v1:"); // nor the ciphertext
  });

  it("stores keys only encrypted", () => {
    const bytes = databaseBytes();
    expect(bytes).toContain("TTAPI main");
    expect(bytes).not.toContain(TT_KEY);
    expect(bytes).not.toContain(PROXY_KEY);
  });

  it("explains what is wrong, with exit code 2 for usage and 1 for refusals", () => {
    const bad = vendor(["add", "--name", "X", "--protocol", "ftp", "--base-url", "not a url", "--key", "k"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--protocol must be ttapi or mjproxy/);
    expect(bad.stderr).toMatch(/--base-url must be a URL/);
    expect(bad.stderr).toMatch(/--key looks too short/);
    expect(vendor(["add", "--name", "X"]).stderr).toMatch(/--key is required/);
    expect(vendor(["frobnicate"]).code).toBe(2);
    expect(vendor(["add", "--nope"]).code).toBe(2);
    const duplicate = vendor(["add", "--name", "Gateway", "--protocol", "ttapi", "--base-url", "https://x.example.com", "--key", "another-key-1234"]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('A connection named "Gateway" already exists.');
    expect(vendor(["remove", "Nobody"])).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no connection named "Nobody"') });
  });

  it("[H11.3] sets a connection's prices per kind of job for budgets, on add and later", () => {
    const added = vendor([
      "add",
      "--name",
      "Priced",
      "--protocol",
      "mjproxy",
      "--base-url",
      "https://priced.example.com",
      "--key",
      "sk-priced-0003",
      "--cost",
      "imagine=0.1",
      "--cost",
      "upscale=0.05",
    ]);
    expect(added.stderr).toBe("");
    const changed = vendor(["costs", "Priced", "--cost", "describe=0.05", "--cost", "upscale=default"]);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/imagine\s+0\.1$/m);
    expect(changed.stdout).toMatch(/describe\s+0\.05$/m);
    expect(changed.stdout).toMatch(/upscale\s+1\.5 \(default\)$/m);
    const sqlite = new Database(path.join(dataDir, "atelier.db"));
    const row = sqlite.prepare(`SELECT actionCosts FROM "VendorConnection" WHERE name = ?`).get("Priced") as { actionCosts: string };
    sqlite.prepare(`DELETE FROM "VendorConnection" WHERE name = ?`).run("Priced");
    sqlite.close();
    expect(JSON.parse(row.actionCosts)).toEqual({ imagine: 0.1, describe: 0.05 });
    expect(vendor(["costs", "Priced", "--cost", "imagine=-1"])).toMatchObject({ code: 2, stderr: expect.stringContaining("must be a number of 0 or more") });
  }, 60_000);

  it("allows extra image hosts with --image-host, and refuses link-local and metadata hosts", () => {
    const added = vendor([
      "add",
      "--name",
      "Own proxy",
      "--protocol",
      "mjproxy",
      "--base-url",
      "http://10.0.0.5:8080",
      "--key",
      "proxy-key-5678",
      "--image-host",
      "cdn.example.com",
      "--image-host",
      "https://img.example.com:8443/",
    ]);
    expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining("images also from cdn.example.com, img.example.com:8443") });
    const refused = vendor([
      "add",
      "--name",
      "Sneaky",
      "--protocol",
      "mjproxy",
      "--base-url",
      "http://10.0.0.5:8080",
      "--key",
      "proxy-key-5678",
      "--image-host",
      "169.254.169.254",
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--image-host "169\.254\.169\.254" is a link-local or cloud metadata address/);
    expect(
      vendor([
        "add",
        "--name",
        "Sneaky",
        "--protocol",
        "mjproxy",
        "--base-url",
        "http://10.0.0.5:8080",
        "--key",
        "proxy-key-5678",
        "--image-host",
        "metadata.google.internal",
      ]).stderr,
    ).toMatch(/cloud metadata host/);
    expect(vendor(["remove", "Own proxy"]).code).toBe(0);
  }, 120_000);

  it("switches the default", () => {
    expect(vendor(["default", "Gateway"]).stdout).toContain('"Gateway" is now the default connection.');
    expect(vendor(["list"]).stdout).toMatch(/Gateway.*yes/);
    expect(vendor(["list"]).stdout).not.toMatch(/TTAPI main.*yes/);
  });

  it("retires a connection that has jobs instead of removing it, and removes one without", () => {
    const sqlite = new Database(path.join(dataDir, "atelier.db"));
    const { id } = sqlite.prepare(`SELECT id FROM "VendorConnection" WHERE name = ?`).get("Gateway") as { id: string };
    sqlite.prepare(`INSERT INTO "Team" (id, name) VALUES ('t1', 'Studio')`).run();
    sqlite.prepare(`INSERT INTO "User" (id, email, passwordHash, updatedAt) VALUES ('u1', 'a@example.com', 'x', CURRENT_TIMESTAMP)`).run();
    sqlite
      .prepare(
        `INSERT INTO "Job" (id, teamId, userId, connectionId, kind, notifyId, updatedAt) VALUES ('j1', 't1', 'u1', ?, 'IMAGINE', 'n1', CURRENT_TIMESTAMP)`,
      )
      .run(id);
    sqlite.close();

    const retired = vendor(["remove", "Gateway"]);
    expect(retired.code).toBe(0);
    expect(retired.stdout).toContain('"Gateway" has 1 job, so it was retired instead of removed');
    expect(retired.stdout).toContain("It was the default connection: choose a new default.");
    expect(vendor(["list"]).stdout).toMatch(/Gateway\s+mjproxy\/newapi\s+\S+\s+••••wxyz\s+fast\s+3\s+RETIRED\s+1\s*$/m);
    expect(vendor(["default", "Gateway"])).toMatchObject({ code: 1, stderr: expect.stringContaining("only an active connection can be the default") });

    const removed = vendor(["remove", "TTAPI main"]);
    expect(removed).toMatchObject({ code: 0, stdout: expect.stringContaining('"TTAPI main" was removed.') });
    expect(vendor(["list"]).stdout).not.toContain("TTAPI main");
  });

  it("refuses to remove the built-in simulator", () => {
    const sqlite = new Database(path.join(dataDir, "atelier.db"));
    sqlite
      .prepare(
        `INSERT INTO "VendorConnection" (id, name, protocol, baseUrl, keyCiphertext, keyLast4, builtin, updatedAt) VALUES ('b1', 'Built-in simulator', ` +
          `'ttapi', 'http://127.0.0.1:3000/sim/ttapi', 'v1:x', 'zzzz', 1, CURRENT_TIMESTAMP)`,
      )
      .run();
    sqlite.close();
    const result = vendor(["remove", "Built-in simulator"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is the built-in simulator");
  });
});
