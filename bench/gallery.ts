// Gallery benchmark: `npm run bench:gallery`.
// Seeds a throw-away DATA_DIR (10,000 jobs, 40,000 tile images) with raw SQLite inserts, times the
// gallery's data function (listJobs) at 1,000 and 10,000 jobs on the first page and deep in the
// cursor chain, then serves that data with a production server and measures GET /api/jobs and the
// bytes a first gallery view transfers. Env: BENCH_KEEP=1 keeps the folder, BENCH_SKIP_HTTP=1 stops after the data part,
// BENCH_PORT, NEXT_DIST_DIR.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
const EMAIL = "admin@bench.test";
const PASSWORD = "bench-admin-password";

async function main() {
  console.log(`[bench] data in ${dataDir}`);
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, stdio: "pipe" });
  execFileSync(process.execPath, ["scripts/sqlite-tune.mjs"], { env: process.env, stdio: "pipe" });

  const { default: Database } = await import("better-sqlite3");
  const { hashPassword } = await import("../lib/auth/password");
  const { writeBenchImages } = await import("./gallery/bench-images");
  const { seedJobs, seedWorld } = await import("./gallery/seed-bench-data");
  const raw = new Database(path.join(dataDir, "atelier.db"));
  const world = seedWorld(raw, EMAIL, await hashPassword(PASSWORD));
  const { getImageStorage } = await import("../lib/storage/get-image-storage");
  const files = await writeBenchImages(getImageStorage());

  const { listJobs } = await import("../lib/data/jobs/list-jobs");
  const { measureListJobs } = await import("./gallery/measure-data");
  const { db } = await import("../lib/db");
  const user = {
    id: world.adminId,
    email: EMAIL,
    name: "Admin",
    role: "ADMIN" as const,
    teamId: world.teamId,
    teams: [{ id: world.teamId, name: "Studio", role: "OWNER" }],
  };

  console.log("[bench] listJobs (the gallery's data function, 60 jobs a page, 200 calls each):");
  let t = performance.now();
  const oldest = seedJobs(raw, world, files, 1_000, new Date());
  console.log(`  seeded 1,000 jobs / 4,000 images in ${(performance.now() - t).toFixed(0)} ms`);
  const small = await measureListJobs(listJobs, user, "1,000 jobs");
  t = performance.now();
  seedJobs(raw, world, files, 9_000, oldest);
  raw.pragma("optimize");
  console.log(`  seeded 9,000 more (10,000 jobs / 40,000 images) in ${(performance.now() - t).toFixed(0)} ms`);
  const large = await measureListJobs(listJobs, user, "10,000 jobs");
  await db.$disconnect();
  raw.close();

  if (process.env.BENCH_SKIP_HTTP) return;
  const { measureHttp, startServer } = await import("./gallery/measure-http");
  const port = Number(process.env.BENCH_PORT ?? 3399);
  console.log(`[bench] production server on :${port} (NEXT_DIST_DIR=${process.env.NEXT_DIST_DIR ?? ".next"}; builds first if the source changed) ...`);
  const server = await startServer({ DATA_DIR: dataDir, SIMULATOR_STEP_MS: "150", NEXTAUTH_URL: `http://127.0.0.1:${port}` }, port);
  let http;
  try {
    http = await measureHttp(`http://127.0.0.1:${port}`, EMAIL, PASSWORD);
  } finally {
    server.kill("SIGTERM");
  }

  const pass = (ok: boolean) => (ok ? "ok" : "OVER TARGET");
  console.log("[bench] summary");
  console.log(
    `  listJobs p95 at 10,000 jobs: first ${large.first.p95.toFixed(2)} ms, page ${large.deepPage} ${large.deep.p95.toFixed(2)} ms ` +
      `(target < 50 ms: ${pass(Math.max(large.first.p95, large.deep.p95) < 50)})`,
  );
  console.log(`  flat with size: first-page p95 ${small.first.p95.toFixed(2)} ms at 1,000 vs ${large.first.p95.toFixed(2)} ms at 10,000`);
  console.log(`  first gallery view ${(http.totalBytes / 1024 / 1024).toFixed(2)} MB (target < 1.5 MB: ${pass(http.totalBytes < 1.5 * 1024 * 1024)})`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    if (!process.env.BENCH_KEEP) fs.rmSync(dataDir, { recursive: true, force: true });
  });
