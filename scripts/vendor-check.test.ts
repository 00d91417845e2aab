// `npm run vendor -- check NAME` on every profile, against the simulator's mounts: OK for the
// right key, "key refused" for a wrong one. The CLI runs as a child process on a fresh DATA_DIR.
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VendorSimulatorServer } from "@atelier/vendor-simulator";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const SIM_KEY = "vendor-check-simulator-key-01";
const WRONG = "wrong-vendor-key-0000";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-vendor-check-"));
// lib/db reads DATA_DIR when first imported: the data modules are imported after this.
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
delete process.env.MASTER_KEY;

/** Every profile and the mount that behaves like its server. */
const PROFILES = [
  { name: "New API", protocol: "mjproxy", profile: "newapi", mount: "newapi" },
  { name: "4AllAPI", protocol: "mjproxy", profile: "4allapi", mount: "mjproxy" },
  { name: "DataEyes", protocol: "mjproxy", profile: "dataeyes", mount: "dataeyes" },
  { name: "Self-hosted trueai", protocol: "mjproxy", profile: "generic", mount: "trueai" },
  { name: "Self-hosted novicezk", protocol: "mjproxy", profile: "generic", mount: "novicezk" },
  { name: "TTAPI", protocol: "ttapi", profile: "generic", mount: "ttapi" },
] as const;

let sim: VendorSimulatorServer;

async function check(name: string) {
  try {
    const { stdout } = await promisify(execFile)(bin("tsx"), ["--conditions=react-server", "scripts/vendor-cli.ts", "check", name], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", MASTER_KEY: "" },
      timeout: 120_000,
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "" };
  }
}

beforeAll(async () => {
  const migrate = spawnSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: "" } });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const { startVendorSimulatorServer } = await import("@atelier/vendor-simulator");
  sim = await startVendorSimulatorServer({ apiKey: SIM_KEY, dir: path.join(dataDir, "sim"), stepMs: 25 });
  const { createConnection } = await import("@/lib/trusted/connections/create-connection");
  for (const p of PROFILES) {
    const base = { protocol: p.protocol, profile: p.profile, baseUrl: `${sim.url}/${p.mount}` };
    await createConnection({ ...base, name: p.name, apiKey: SIM_KEY }, TEST_ACTOR);
    await createConnection({ ...base, name: `${p.name} (wrong key)`, apiKey: WRONG }, TEST_ACTOR);
  }
}, 120_000);

afterAll(async () => {
  await sim?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("[VENDOR CLI] check on every profile", () => {
  it.each(PROFILES.map((p) => [p.name, p.mount] as const))(
    '%s (/sim/%s): OK with the right key, "key refused" with a wrong one',
    async (name) => {
      const [right, wrong] = await Promise.all([check(name), check(`${name} (wrong key)`)]);
      expect(right.stdout).toMatch(/^OK \(\d+ ms\)/);
      expect(right.code).toBe(0);
      expect(wrong.stdout).toMatch(/^FAILED: key refused \(\d+ ms\)/);
      expect(wrong.code).toBe(1);
      expect(right.stdout + wrong.stdout).not.toContain(SIM_KEY);
    },
    240_000,
  );
});
