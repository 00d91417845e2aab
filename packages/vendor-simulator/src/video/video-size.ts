// Clip sizes: Midjourney's video is 480p (SD, "vid_1.1_i2v_480") or 720p (HD,
// "vid_1.1_i2v_720"), in the aspect ratio of the start image. The simulator keeps the pixel count
// of 832×464 / 1280×720 and rounds both sides to multiples of 16 (whole H.264 macroblocks, so
// the MP4 says exactly the size the frames have).

export type VideoResolution = "sd" | "hd";

const AREA: Record<VideoResolution, number> = { sd: 832 * 464, hd: 1280 * 720 };

export function videoSize(resolution: VideoResolution, sourceWidth: number, sourceHeight: number): { width: number; height: number } {
  const ratio = Math.min(4, Math.max(0.25, sourceWidth / sourceHeight));
  const height = Math.sqrt(AREA[resolution] / ratio);
  const round16 = (value: number) => Math.max(16, Math.round(value / 16) * 16);
  return { width: round16(height * ratio), height: round16(height) };
}

/** Clips are 2 s at 12 fps: real Midjourney clips are 5 s, the simulator keeps tests fast. */
export const CLIP_FPS = 12;
export const CLIP_FRAMES = 24;
