// A simulated clip is a real H.264 MP4 whose frames move, made fast enough for tests.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { drawClip } from "./draw-clip";
import { readMp4Boxes } from "./read-mp4-boxes";
import { videoSize } from "./video-size";

const start = () =>
  sharp({ create: { width: 1024, height: 576, channels: 3, background: "#3366aa" } })
    .png()
    .toBuffer();

describe("simulated video clips", () => {
  it("leaves the process's error listeners as they were when the encoder loads (its glue adds two)", async () => {
    const before = [process.listeners("uncaughtException").length, process.listeners("unhandledRejection").length];
    const size = videoSize("sd", 64, 64);
    await drawClip({ start: await start(), motion: "low", seed: 1, ...size });
    expect([process.listeners("uncaughtException").length, process.listeners("unhandledRejection").length]).toEqual(before);
  }, 20_000);

  it("sizes clips to the start image's aspect in whole macroblocks: 832x464 SD and 1280x720 HD for 16:9", () => {
    expect(videoSize("sd", 1024, 576)).toEqual({ width: 832, height: 464 });
    expect(videoSize("hd", 1024, 576)).toEqual({ width: 1280, height: 720 });
    const portrait = videoSize("sd", 512, 1024);
    expect(portrait.width % 16).toBe(0);
    expect(portrait.height).toBeGreaterThan(portrait.width);
  });

  it("encodes an MP4 (ftyp, moov, tkhd size) whose last frame differs from the first, and logs the time per clip", async () => {
    const picture = await start();
    for (const resolution of ["sd", "hd"] as const) {
      const size = videoSize(resolution, 1024, 576);
      const began = performance.now();
      const clip = await drawClip({ start: picture, motion: "high", seed: 7, ...size });
      const ms = performance.now() - began;
      console.info(`[clip ${resolution} ${size.width}x${size.height}] ${Math.round(ms)} ms, ${clip.mp4.length} bytes`);
      const summary = readMp4Boxes(clip.mp4);
      expect(summary.boxes[0]).toBe("ftyp");
      expect(summary.boxes).toContain("moov");
      expect(summary.tracks).toEqual([size]);
      const first = await sharp(clip.poster).raw().toBuffer();
      const last = await sharp(clip.last).raw().toBuffer();
      expect(first.equals(last)).toBe(false);
      // No time bound here: a shared machine under npm test's parallel suites took 13 s for what
      // takes 1 s alone. The log line above reports it; bench:ingest measures clips.
    }
  }, 60_000);

  it("cross-fades into the end image: the last frame is close to it", async () => {
    const size = videoSize("sd", 1024, 576);
    const end = await sharp({ create: { width: 1024, height: 576, channels: 3, background: "#ff0000" } })
      .png()
      .toBuffer();
    const clip = await drawClip({ start: await start(), end, motion: "low", seed: 3, ...size });
    const stats = await sharp(clip.last).stats();
    expect(stats.channels[0].mean).toBeGreaterThan(200);
    expect(stats.channels[2].mean).toBeLessThan(60);
  }, 20_000);
});
