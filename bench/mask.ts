// npm run bench:mask – export time of the Vary (Region) mask in Chromium: 200 strokes rendered
// at 1024×1024, 2048×2048 and 4096×2304 and encoded as PNG, p50 of 20 runs, with the PNG size.
// The exact function the editor ships is bundled with esbuild and served from loopback.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright";
import { percentile } from "./support/stats";
import type { SizeResult } from "./mask/browser-entry";

const SIZES: [number, number][] = [
  [1024, 1024],
  [2048, 2048],
  [4096, 2304],
];
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_MS_2048 = 100;

async function bundle(): Promise<string> {
  const root = path.resolve(__dirname, "..");
  const out = await build({
    entryPoints: [path.join(__dirname, "mask", "browser-entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    minify: true,
    alias: { "@": root },
  });
  return out.outputFiles[0].text;
}

function serve(script: string): Promise<http.Server> {
  const html = `<!doctype html><meta charset="utf-8"><title>mask bench</title><script src="/bench.js"></script>`;
  const server = http.createServer((req, res) => {
    const isScript = req.url === "/bench.js";
    res.writeHead(200, { "content-type": isScript ? "text/javascript" : "text/html" });
    res.end(isScript ? script : html);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const server = await serve(await bundle());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const results = await page.evaluate(
      ([sizes, runs]) => (globalThis as unknown as { runMaskBench: (s: [number, number][], r: number) => Promise<SizeResult[]> }).runMaskBench(sizes, runs),
      [SIZES, RUNS] as const,
    );
    console.log(`mask export in Chromium (${await browser.version()}), ${RUNS} runs each, p50 (p90)`);
    console.log("size        strokes  export p50 (p90)     rasterize p50  encode p50   PNG size   painted");
    for (const r of results) {
      const line = [
        `${r.width}×${r.height}`.padEnd(12),
        String(r.strokes).padEnd(8),
        `${percentile(r.exportMs, 50).toFixed(1)} ms (${percentile(r.exportMs, 90).toFixed(1)})`.padEnd(21),
        `${percentile(r.rasterMs, 50).toFixed(1)} ms`.padEnd(15),
        `${percentile(r.encodeMs, 50).toFixed(1)} ms`.padEnd(13),
        kb(r.pngBytes).padEnd(11),
        `${((100 * r.whitePixels) / (r.width * r.height)).toFixed(1)}%`,
      ];
      console.log(line.join(""));
    }
    const at2048 = results.find((r) => r.width === 2048 && r.height === 2048);
    const p50 = at2048 ? percentile(at2048.exportMs, 50) : NaN;
    console.log(`2048×2048 p50 ${p50.toFixed(1)} ms: ${p50 < TARGET_MS_2048 ? "within" : "OVER"} the ${TARGET_MS_2048} ms aim`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
