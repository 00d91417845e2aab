// bench:ingest's video part: one 5 s 720p MP4 (drawn frames, encoded by the simulator's H.264
// encoder) stored by the real video ingest with its poster and thumbnail, several times, timing
// each and sampling RSS. The clip is made once, before the clock starts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { encodeMp4 } from "../../packages/vendor-simulator/src/video/encode-mp4";

const WIDTH = 1280;
const HEIGHT = 720;
const FPS = 24;
const SECONDS = 5;

/** A clip with real motion (a gradient panning under a moving disc), so it compresses like one. */
async function makeClip(): Promise<Buffer> {
  // A fine quantizer and film grain: a file heavier than Midjourney's own 720p clips (a few MB),
  // the worst case rather than the simulator's tiny clips.
  const grain = await sharp({
    create: { width: WIDTH - 64, height: HEIGHT, channels: 4, background: "#80808000", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  })
    .png()
    .toBuffer();
  return encodeMp4({ width: WIDTH, height: HEIGHT, frameRate: FPS, quantizationParameter: 16 }, FPS * SECONDS, async (i) => {
    const t = i / (FPS * SECONDS);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
      <defs><linearGradient id="g" x1="${t}" y1="0" x2="${1 + t}" y2="1">
        <stop offset="0" stop-color="#1d4e89"/><stop offset="0.5" stop-color="#f2a541"/><stop offset="1" stop-color="#7a1e48"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#g)"/>
      <circle cx="${200 + t * 880}" cy="${360 + Math.sin(t * 6.28) * 200}" r="90" fill="#f5f5f5" opacity="0.85"/>
    </svg>`;
    return sharp(Buffer.from(svg))
      .composite([{ input: grain, blend: "soft-light", left: (i * 7) % 64, top: 0 }])
      .ensureAlpha()
      .raw()
      .toBuffer();
  });
}

export interface VideoBenchResult {
  clipBytes: number;
  times: number[];
  peakRss: number;
  baselineRss: number;
}

export async function benchVideoIngest(runs: number, newJobId: () => Promise<string>): Promise<VideoBenchResult> {
  const { ingestJobImages } = await import("@/lib/jobs/ingest/ingest-job-images");
  const clip = await makeClip();
  const poster = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: "#1d4e89" } })
    .png()
    .toBuffer();
  const server = http.createServer((req, res) => {
    const body = req.url?.endsWith(".mp4") ? clip : poster;
    res.writeHead(200, { "Content-Type": req.url?.endsWith(".mp4") ? "video/mp4" : "image/png", "Content-Length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The adapters' downloadImage, minus host checks: fetch and refuse more than maxBytes.
  const client = {
    async downloadImage(url: string, maxBytes: number) {
      const response = await fetch(url);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (bytes.length > maxBytes) throw new Error("too large");
      return { bytes, contentType: response.headers.get("content-type") ?? "" };
    },
  };
  const ingestOnce = async () => {
    const jobId = await newJobId();
    const started = performance.now();
    const result = await ingestJobImages({
      jobId,
      kind: "VIDEO",
      action: null,
      params: "{}",
      snapshot: { taskId: jobId, status: "SUCCEEDED", progress: 100, actions: [], videoUrls: [`${origin}/clip.mp4`], posterUrl: `${origin}/poster.png` },
      client,
    });
    if (result.images !== 1 || result.width !== WIDTH) throw new Error(`unexpected ingest result ${JSON.stringify(result)}`);
    return performance.now() - started;
  };
  await ingestOnce();
  global.gc?.();
  const baselineRss = process.memoryUsage.rss();
  let peakRss = baselineRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 2);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await ingestOnce());
  clearInterval(sampler);
  server.close();
  return { clipBytes: clip.length, times, peakRss: Math.max(peakRss, process.memoryUsage.rss()), baselineRss };
}
