// npm run bench:ingest – time the real image ingest (download, checks, four tiles, thumbnails,
// storage, Image rows) on a realistic 2048×2048 grid, then of a 5 s 720p video with its poster,
// and measure peak memory for each.
// Usage: npm run bench:ingest [-- runs]   (default 10 runs after one warm-up)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { benchVideoIngest } from "./support/video-ingest";

const RUNS = Number(process.argv[2] ?? 10);
const SIZE = 2048;

// Before anything reads DATA_DIR: a throwaway database and image folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-ingest-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;

/** Smooth gradients and soft shapes with grain: compresses like a real render, not like noise or flat colour. */
async function makeGridPng(): Promise<Buffer> {
  const raw = Buffer.alloc(SIZE * SIZE * 3);
  let seed = 12345;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const grain = (seed >>> 28) - 8;
      const q = (x >= SIZE / 2 ? 1 : 0) + (y >= SIZE / 2 ? 2 : 0);
      const cx = (x % (SIZE / 2)) - SIZE / 4;
      const cy = (y % (SIZE / 2)) - SIZE / 4;
      const ring = 128 + 100 * Math.sin(Math.sqrt(cx * cx + cy * cy) / (18 + q * 6));
      const o = (y * SIZE + x) * 3;
      raw[o] = Math.max(0, Math.min(255, ((x * 255) / SIZE) * 0.6 + ring * 0.4 + grain));
      raw[o + 1] = Math.max(0, Math.min(255, ((y * 255) / SIZE) * 0.5 + ring * 0.3 + q * 20 + grain));
      raw[o + 2] = Math.max(0, Math.min(255, 255 - ring * 0.7 + grain));
    }
  }
  // Adaptive filtering, as libpng-based encoders (and so most vendors) use by default.
  return sharp(raw, { raw: { width: SIZE, height: SIZE, channels: 3 } })
    .png({ adaptiveFiltering: true })
    .toBuffer();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  console.log(`[bench] migrating a temp database in ${dataDir}`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATA_DIR: dataDir }, stdio: "pipe" });

  const { ingestJobImages } = await import("@/lib/jobs/ingest/ingest-job-images");
  const { createTestJob, createTestTeam, createTestUser } = await import("@/lib/data/images/test-fixtures");
  const { db } = await import("@/lib/db");

  const grid = await makeGridPng();
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "image/png", "Content-Length": grid.length });
    res.end(grid);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/grid.png`;

  // The adapters' downloadImage, minus host checks: fetch and refuse more than maxBytes.
  const client = {
    async downloadImage(imageUrl: string, maxBytes: number) {
      const response = await fetch(imageUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (bytes.length > maxBytes) throw new Error("too large");
      return { bytes, contentType: response.headers.get("content-type") ?? "" };
    },
  };

  const team = await createTestTeam();
  const user = await createTestUser(team.id);
  const ingestOnce = async () => {
    const job = await createTestJob({ teamId: team.id, userId: user.id });
    const started = performance.now();
    const result = await ingestJobImages({
      jobId: job.id,
      kind: "IMAGINE",
      action: null,
      snapshot: { taskId: job.id, status: "SUCCEEDED", progress: 100, actions: [], imageUrl: url },
      client,
    });
    const ms = performance.now() - started;
    if (result.images !== 5) throw new Error(`expected 5 images, got ${result.images}`);
    return ms;
  };

  console.log(`[bench] grid ${SIZE}×${SIZE} PNG, ${mb(grid.length)}, served from ${url}`);
  const warmup = await ingestOnce();
  global.gc?.();
  const baselineRss = process.memoryUsage.rss();
  let peakRss = baselineRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 2);

  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await ingestOnce());
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());

  const sorted = [...times].sort((a, b) => a - b);
  const stored = await db.image.aggregate({ _sum: { bytes: true }, _count: true });
  console.log(`[bench] warm-up run: ${warmup.toFixed(0)} ms (not counted)`);
  console.log(`[bench] runs: ${RUNS} (fresh job each; 1 grid + 4 tiles + 5 thumbnails + 5 rows per run)`);
  console.log(`[bench] per run ms: ${times.map((t) => t.toFixed(0)).join(" ")}`);
  console.log(`[bench] p50: ${percentile(sorted, 50).toFixed(0)} ms`);
  console.log(`[bench] p95: ${percentile(sorted, 95).toFixed(0)} ms`);
  console.log(`[bench] min/max: ${sorted[0].toFixed(0)} / ${sorted[sorted.length - 1].toFixed(0)} ms`);
  console.log(`[bench] RSS before runs: ${mb(baselineRss)}; peak RSS sampled every 2 ms: ${mb(peakRss)} (+${mb(peakRss - baselineRss)})`);
  console.log(`[bench] process maxRSS (resourceUsage, whole process incl. setup): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(`[bench] images stored: ${stored._count}, ${mb(stored._sum.bytes ?? 0)} total`);

  server.close();

  // A video: one 5 s 720p MP4 with its poster (issue 14).
  const video = await benchVideoIngest(RUNS, async () => (await createTestJob({ teamId: team.id, userId: user.id })).id);
  const videoSorted = [...video.times].sort((a, b) => a - b);
  console.log(`[bench] video: a 5 s 1280×720 H.264 MP4 of ${mb(video.clipBytes)} with a 1280×720 poster, ${RUNS} runs`);
  console.log(`[bench] video per run ms: ${video.times.map((t) => t.toFixed(0)).join(" ")}`);
  console.log(`[bench] video p50: ${percentile(videoSorted, 50).toFixed(0)} ms, p95: ${percentile(videoSorted, 95).toFixed(0)} ms`);
  console.log(`[bench] video RSS before runs: ${mb(video.baselineRss)}; peak: ${mb(video.peakRss)} (+${mb(video.peakRss - video.baselineRss)})`);
  await db.$disconnect();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
