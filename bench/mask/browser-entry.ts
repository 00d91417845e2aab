// Runs inside Chromium: times the pure mask export on generated strokes. Bundled by bench/mask.ts.
import { encodeMaskPng } from "@/lib/masks/png/encode-mask-png";
import { exportMaskPng } from "@/components/mask-editor/export/mask-export";
import { rasterizeMask } from "@/components/mask-editor/raster/rasterize-mask";
import { benchStrokes } from "./bench-strokes";

export interface SizeResult {
  width: number;
  height: number;
  strokes: number;
  exportMs: number[];
  rasterMs: number[];
  encodeMs: number[];
  pngBytes: number;
  whitePixels: number;
}

async function timeSize(width: number, height: number, runs: number): Promise<SizeResult> {
  const doc = { width, height, strokes: benchStrokes(width, height) };
  const result: SizeResult = { width, height, strokes: doc.strokes.length, exportMs: [], rasterMs: [], encodeMs: [], pngBytes: 0, whitePixels: 0 };
  for (let k = 0; k < 3; k++) await exportMaskPng(doc); // warm up the JIT
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const { png } = await exportMaskPng(doc);
    result.exportMs.push(performance.now() - t0);
    result.pngBytes = png.length;
  }
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const bitmap = rasterizeMask(doc);
    const t1 = performance.now();
    await encodeMaskPng(bitmap);
    result.rasterMs.push(t1 - t0);
    result.encodeMs.push(performance.now() - t1);
    result.whitePixels = bitmap.bits.reduce((n, v) => n + v, 0);
  }
  return result;
}

async function runMaskBench(sizes: [number, number][], runs: number): Promise<SizeResult[]> {
  const out: SizeResult[] = [];
  for (const [w, h] of sizes) out.push(await timeSize(w, h, runs));
  return out;
}

(globalThis as unknown as { runMaskBench: typeof runMaskBench }).runMaskBench = runMaskBench;
