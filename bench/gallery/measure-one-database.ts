// One database's part of the gallery benchmark, run in a process of its own (the studio's Prisma
// client is one per process, chosen by DATABASE_URL when lib/db.ts loads): seeds a throw-away
// DATA_DIR (and, on PostgreSQL, the database the parent made) with 1/10 of the jobs, times listJobs,
// seeds the rest, times it again, then serves that data with a production server and measures
// GET /api/jobs and the bytes of a first gallery view. Writes its figures as JSON to `outFile`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseProvider } from "../../lib/database-url";
import { openBenchSql } from "../support/bench-sql";

export const GALLERY_EMAIL = "admin@bench.test";
const PASSWORD = "bench-admin-password";

type Timing = { p50: number; p95: number; max: number };
type ListJobsRun = { first: Timing; second: Timing; deep: Timing; deepPage: number; search: Timing };
export interface GalleryRun {
  jobs: number;
  seedSmallMs: number;
  seedLargeMs: number;
  small: ListJobsRun;
  large: ListJobsRun;
  http?: { totalBytes: number; firstPage: Timing; deepPage: Timing };
}

export async function measureOneDatabase(outFile: string, jobs: number, port: number): Promise<void> {
  const provider = databaseProvider();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-"));
  process.env.DATA_DIR = dataDir;
  try {
    console.log(`[bench] data in ${dataDir}${provider === "postgresql" ? ` and PostgreSQL ${process.env.DATABASE_URL}` : ""}`);
    if (provider === "sqlite") {
      delete process.env.DATABASE_URL;
      execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, stdio: "pipe" });
      execFileSync(process.execPath, ["scripts/sqlite-tune.mjs"], { env: process.env, stdio: "pipe" });
    }
    const { hashPassword } = await import("../../lib/auth/password");
    const { writeBenchImages } = await import("./bench-images");
    const { seedJobs, seedWorld } = await import("./seed-bench-data");
    const sql = await openBenchSql({ provider, dataDir, databaseUrl: process.env.DATABASE_URL });
    const world = await seedWorld(sql, GALLERY_EMAIL, await hashPassword(PASSWORD));
    const { getImageStorage } = await import("../../lib/storage/get-image-storage");
    const files = await writeBenchImages(getImageStorage());

    const { listJobs } = await import("../../lib/data/jobs/list-jobs");
    const { measureListJobs } = await import("./measure-data");
    const { db } = await import("../../lib/db");
    const user = {
      id: world.adminId,
      email: GALLERY_EMAIL,
      name: "Admin",
      role: "ADMIN" as const,
      teamId: world.teamId,
      teams: [{ id: world.teamId, name: "Studio", role: "OWNER" }],
    };

    const smallCount = Math.round(jobs / 10);
    const n = (count: number) => count.toLocaleString("en");
    console.log("[bench] listJobs (the gallery's data function, 60 jobs a page):");
    let t = performance.now();
    const oldest = await seedJobs(sql, world, files, smallCount, new Date());
    await sql.analyze();
    const seedSmallMs = performance.now() - t;
    console.log(`  seeded ${n(smallCount)} jobs / ${n(smallCount * 4)} images in ${seedSmallMs.toFixed(0)} ms`);
    const small = await measureListJobs(listJobs, user, `${n(smallCount)} jobs`);
    t = performance.now();
    await seedJobs(sql, world, files, jobs - smallCount, oldest);
    await sql.analyze();
    const seedLargeMs = performance.now() - t;
    console.log(`  seeded ${n(jobs - smallCount)} more (${n(jobs)} jobs / ${n(jobs * 4)} images) in ${seedLargeMs.toFixed(0)} ms`);
    const large = await measureListJobs(listJobs, user, `${n(jobs)} jobs`);
    await db.$disconnect();
    await sql.close();
    const run: GalleryRun = { jobs, seedSmallMs, seedLargeMs, small, large };

    if (!process.env.BENCH_SKIP_HTTP) {
      const { measureHttp, startServer, stopServer } = await import("./measure-http");
      console.log(`[bench] production server on :${port} (NEXT_DIST_DIR=${process.env.NEXT_DIST_DIR ?? ".next"}; builds first if the source changed) ...`);
      const server = await startServer({ DATA_DIR: dataDir, SIMULATOR_STEP_MS: "150", NEXTAUTH_URL: `http://127.0.0.1:${port}` }, port);
      try {
        run.http = await measureHttp(`http://127.0.0.1:${port}`, GALLERY_EMAIL, PASSWORD);
      } finally {
        await stopServer(server);
      }
    }
    fs.writeFileSync(outFile, JSON.stringify(run));
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
