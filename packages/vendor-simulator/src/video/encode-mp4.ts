// H.264 MP4 encoding with h264-mp4-encoder: a WebAssembly build of minih264 + minimp4 shipped
// inside its npm package (no install script, no download), so every machine that ran
// `npm install` can make real, browser-playable MP4 files.
import type { H264MP4Encoder } from "h264-mp4-encoder";

type EncoderModule = { createH264MP4Encoder: () => Promise<H264MP4Encoder> };

let loaded: EncoderModule | null = null;

/**
 * Loads the Emscripten module once. Its Node glue registers process-wide "uncaughtException"
 * (rethrow) and "unhandledRejection" (abort the WASM) listeners when it loads; those would
 * change how the studio's own process dies on an error, so they are removed again right away.
 * A dynamic import rather than createRequire(import.meta.url): this file is also loaded as
 * CommonJS (Playwright's loader, for the scale-out test's vendor), where import.meta does not exist.
 */
async function encoderModule(): Promise<EncoderModule> {
  if (loaded) return loaded;
  const before = { exception: process.listeners("uncaughtException"), rejection: process.listeners("unhandledRejection") };
  const imported = (await import("h264-mp4-encoder")) as EncoderModule & { default?: EncoderModule };
  loaded = imported.default ?? imported;
  for (const listener of process.listeners("uncaughtException")) {
    if (!before.exception.includes(listener)) process.removeListener("uncaughtException", listener);
  }
  for (const listener of process.listeners("unhandledRejection")) {
    if (!before.rejection.includes(listener)) process.removeListener("unhandledRejection", listener);
  }
  return loaded;
}

export interface Mp4Settings {
  width: number;
  height: number;
  frameRate: number;
  /** H.264 quantizer, 10 (large, fine) to 51 (small, coarse); 33 for the simulator's clips. */
  quantizationParameter?: number;
}

// The WASM encoders share one virtual file system and one heap: clips are encoded one at a time.
let queue: Promise<unknown> = Promise.resolve();
let clipCounter = 0;

/**
 * Encodes the frames `nextFrame(i)` draws (RGBA, width×height×4 bytes) into an MP4. Frames are
 * drawn one by one inside the lock, so a clip never holds all its frames in memory at once.
 */
export function encodeMp4(settings: Mp4Settings, frameCount: number, nextFrame: (i: number) => Promise<Buffer>): Promise<Buffer> {
  const run = async (): Promise<Buffer> => {
    const encoder = await (await encoderModule()).createH264MP4Encoder();
    encoder.width = settings.width;
    encoder.height = settings.height;
    encoder.frameRate = settings.frameRate;
    // Fastest preset, modest quality: clips are small test fixtures, not art.
    encoder.speed = 10;
    encoder.quantizationParameter = settings.quantizationParameter ?? 33;
    encoder.groupOfPictures = settings.frameRate;
    clipCounter += 1;
    encoder.outputFilename = `sim-clip-${process.pid}-${clipCounter}.mp4`;
    encoder.initialize();
    try {
      for (let i = 0; i < frameCount; i += 1) {
        const frame = await nextFrame(i);
        if (frame.length !== settings.width * settings.height * 4) throw new Error("frame size does not match the clip size");
        encoder.addFrameRgba(frame);
      }
      encoder.finalize();
      const bytes = Buffer.from(encoder.FS.readFile(encoder.outputFilename));
      return bytes;
    } finally {
      try {
        encoder.FS.unlink(encoder.outputFilename);
      } catch {
        // nothing was written (the clip failed before finalize)
      }
      encoder.delete();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
