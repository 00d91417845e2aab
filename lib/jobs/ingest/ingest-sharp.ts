// sharp as ingest uses it. Ingest reads each image once and never again, so libvips' operation
// cache only holds memory; one libvips thread per pipeline keeps peak RSS flat on a 2-core box,
// where the job engine, the web server and the simulator share the CPU anyway.
import sharp from "sharp";

/** Largest image accepted (8192×8192): far above Midjourney's 4x upscales, far below a decompression bomb. */
export const MAX_INPUT_PIXELS = 8192 * 8192;

let configured = false;

export function ingestSharp(): typeof sharp {
  if (!configured) {
    // Process-wide settings: harmless for the other sharp users in the server (the simulator
    // draws each image once, too).
    sharp.cache(false);
    sharp.concurrency(1);
    configured = true;
  }
  return sharp;
}
