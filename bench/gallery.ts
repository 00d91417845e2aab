// Gallery benchmark: `npm run bench:gallery`.
// For each database (SQLite, then a fresh PostgreSQL database made and dropped here), a process of
// its own (bench/gallery/measure-one-database.ts) seeds a throw-away DATA_DIR (10,000 jobs, 40,000
// tile images) with raw inserts, times the gallery's data function (listJobs) at 1,000 and 10,000
// jobs on the first page and deep in the cursor chain, then serves that data with a production
// server and measures GET /api/jobs and the bytes a first gallery view transfers. One table compares
// the two. Env: BENCH_DATABASES=sqlite|postgresql|both, BENCH_GALLERY_JOBS (10000), BENCH_RUNS (200),
// BENCH_KEEP=1 keeps the folders, BENCH_SKIP_HTTP=1 stops after the data part, BENCH_PORT,
// BENCH_POSTGRES_URL, NEXT_DIST_DIR.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseProvider } from "../lib/database-url";
import { benchDatabases, createBenchPostgres, PROVIDER_LABEL } from "./support/bench-databases";
import { comparisonTable, type Figure } from "./support/compare-table";
import type { GalleryRun } from "./gallery/measure-one-database";

const JOBS = Number(process.env.BENCH_GALLERY_JOBS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3399);
const CHILD_OUT = "BENCH_GALLERY_OUT";

/** Runs one database's part in a child process (same tsx and conditions as this one); returns its figures. */
async function measure(provider: DatabaseProvider, port: number): Promise<GalleryRun> {
  console.log(`\n[bench] ${PROVIDER_LABEL[provider]}`);
  const postgres = provider === "postgresql" ? await createBenchPostgres("gallery") : undefined;
  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-out-")), "run.json");
  const env: NodeJS.ProcessEnv = { ...process.env, [CHILD_OUT]: outFile, BENCH_PORT: String(port) };
  if (postgres) env.DATABASE_URL = postgres.url;
  else delete env.DATABASE_URL;
  try {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "bench/gallery.ts"], { env, stdio: "inherit" });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    if (code !== 0 || !fs.existsSync(outFile)) throw new Error(`the ${PROVIDER_LABEL[provider]} run failed (exit ${code})`);
    return JSON.parse(fs.readFileSync(outFile, "utf8")) as GalleryRun;
  } finally {
    await postgres?.drop();
    fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
  }
}

function figures(providers: DatabaseProvider[], runs: Partial<Record<DatabaseProvider, GalleryRun>>): Figure[] {
  const pick = (get: (run: GalleryRun) => number | undefined) =>
    Object.fromEntries(providers.map((p) => [p, get(runs[p]!)]).filter(([, v]) => v !== undefined)) as Figure["values"];
  const n = (count: number) => count.toLocaleString("en");
  const small = n(Math.round(JOBS / 10));
  const large = n(JOBS);
  const rows: Figure[] = [
    { label: `seed ${small} jobs`, unit: "ms", digits: 0, values: pick((r) => r.seedSmallMs) },
    { label: `seed ${n(JOBS - Math.round(JOBS / 10))} more`, unit: "ms", digits: 0, values: pick((r) => r.seedLargeMs) },
  ];
  for (const [size, key] of [
    [small, "small"],
    [large, "large"],
  ] as const) {
    rows.push(
      { label: `listJobs ${size}: first p50`, unit: "ms", values: pick((r) => r[key].first.p50) },
      { label: `listJobs ${size}: first p95`, unit: "ms", values: pick((r) => r[key].first.p95) },
      { label: `listJobs ${size}: page 2 p50`, unit: "ms", values: pick((r) => r[key].second.p50) },
      { label: `listJobs ${size}: page 2 p95`, unit: "ms", values: pick((r) => r[key].second.p95) },
      { label: `listJobs ${size}: deep p50`, unit: "ms", values: pick((r) => r[key].deep.p50) },
      { label: `listJobs ${size}: deep p95`, unit: "ms", values: pick((r) => r[key].deep.p95) },
      { label: `listJobs ${size}: search p50`, unit: "ms", values: pick((r) => r[key].search.p50) },
      { label: `listJobs ${size}: search p95`, unit: "ms", values: pick((r) => r[key].search.p95) },
    );
  }
  rows.push(
    { label: "GET /api/jobs first p50", unit: "ms", values: pick((r) => r.http?.firstPage.p50) },
    { label: "GET /api/jobs first p95", unit: "ms", values: pick((r) => r.http?.firstPage.p95) },
    { label: "GET /api/jobs deep p50", unit: "ms", values: pick((r) => r.http?.deepPage.p50) },
    { label: "GET /api/jobs deep p95", unit: "ms", values: pick((r) => r.http?.deepPage.p95) },
    { label: "first gallery view", unit: "MB", values: pick((r) => (r.http ? r.http.totalBytes / 1024 / 1024 : undefined)) },
  );
  return rows;
}

async function main() {
  const providers = benchDatabases();
  const runs: Partial<Record<DatabaseProvider, GalleryRun>> = {};
  // A port each: the first server may still be letting go of its port when the second starts.
  for (const [i, provider] of providers.entries()) runs[provider] = await measure(provider, PORT + i);
  const deep = runs[providers[0]]!.large.deepPage;
  console.log(
    `\n${comparisonTable(`gallery: listJobs 60 a page ("deep" = page ${deep}, search = "红狐狸"), production server`, providers, figures(providers, runs))}\n`,
  );
  const pass = (ok: boolean) => (ok ? "ok" : "OVER TARGET");
  for (const provider of providers) {
    const { large, small, http } = runs[provider]!;
    console.log(
      `${PROVIDER_LABEL[provider]}: listJobs p95 at ${JOBS.toLocaleString("en")} jobs < 50 ms: ${pass(Math.max(large.first.p95, large.deep.p95) < 50)}; ` +
        `flat with size: first-page p95 ${small.first.p95.toFixed(2)} → ${large.first.p95.toFixed(2)} ms` +
        (http ? `; first gallery view < 1.5 MB: ${pass(http.totalBytes < 1.5 * 1024 * 1024)}` : ""),
    );
  }
}

const childOut = process.env[CHILD_OUT];
const run = childOut ? import("./gallery/measure-one-database").then(({ measureOneDatabase }) => measureOneDatabase(childOut, JOBS, PORT)) : main();
run.then(
  // The child exits at once: PostgreSQL's pool would otherwise hold it open until its idle timeout.
  () => childOut && process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
