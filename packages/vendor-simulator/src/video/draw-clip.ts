// One simulated video clip: frames drawn with sharp from the start image (a slow pan across a
// slightly enlarged copy, a seeded disc moving over it, and a cross-fade into the end image when
// there is one), encoded to H.264 MP4 (Baseline profile, yuv420p: what every browser decodes). High motion pans and moves the disc further than low.
import sharp from "sharp";
import { randomFromSeed } from "../image/seeded-random";
import { encodeMp4 } from "./encode-mp4";
import { CLIP_FPS, CLIP_FRAMES } from "./video-size";

export interface ClipInput {
  /** The first frame's picture (any size: it is fitted to the clip, keeping the centre). */
  start: Buffer;
  /** `--end` image: the clip cross-fades into it (the same picture for a loop). */
  end?: Buffer;
  motion: "low" | "high";
  seed: number;
  width: number;
  height: number;
}

export interface Clip {
  mp4: Buffer;
  /** The first frame as PNG (the clip's thumbnail). */
  poster: Buffer;
  /** The last frame as PNG: an extension continues from it. */
  last: Buffer;
}

type Overlay = Parameters<ReturnType<typeof sharp>["composite"]>[0][number];

/** Margin of the enlarged canvas the pan moves across, as a share of the clip size. */
const ZOOM = { low: 1.1, high: 1.3 } as const;

async function rgba(input: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(input).resize(width, height, { fit: "cover" }).removeAlpha().ensureAlpha().raw().toBuffer();
}

/** A colour that stands out on the picture: its mean inverted, or black/white on a mid grey. */
async function contrastColour(picture: Buffer): Promise<string> {
  const { channels } = await sharp(picture).stats();
  const mean = [0, 1, 2].map((c) => channels[Math.min(c, channels.length - 1)].mean);
  const inverted = mean.map((v) => 255 - v);
  const distance = Math.hypot(...mean.map((v, c) => v - inverted[c]));
  if (distance > 120) return `rgb(${inverted.map(Math.round).join(",")})`;
  return mean.reduce((a, b) => a + b, 0) / 3 > 127 ? "rgb(10,10,10)" : "rgb(245,245,245)";
}

function disc(fill: string, width: number, height: number, t: number, motion: "low" | "high"): Buffer {
  const travel = motion === "high" ? 0.8 : 0.35;
  const cx = Math.round(width * (0.1 + travel * t));
  const cy = Math.round(height * (0.5 + 0.25 * Math.sin(t * Math.PI * 2)));
  const r = Math.round(Math.min(width, height) * 0.12);
  const circle = `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" fill-opacity="0.85"/>`;
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${circle}</svg>`);
}

export async function drawClip(input: ClipInput): Promise<Clip> {
  const { width, height, motion } = input;
  const zoom = ZOOM[motion];
  const bigW = Math.round(width * zoom);
  const bigH = Math.round(height * zoom);
  const canvas = await rgba(input.start, bigW, bigH);
  const end = input.end ? await rgba(input.end, width, height) : null;
  const direction = randomFromSeed(input.seed)() < 0.5 ? 1 : -1;
  const fill = await contrastColour(input.start);
  const stills: { poster?: Buffer; last?: Buffer } = {};
  const frame = async (i: number): Promise<Buffer> => {
    const t = i / (CLIP_FRAMES - 1);
    const pan = direction > 0 ? t : 1 - t;
    const left = Math.round((bigW - width) * pan);
    const top = Math.round((bigH - height) * 0.5);
    const layers: Overlay[] = [{ input: disc(fill, width, height, t, motion) }];
    if (end && t > 0) {
      // The end image with its alpha set to t: a linear cross-fade.
      const faded = Buffer.from(end);
      const alpha = Math.round(255 * t);
      for (let p = 3; p < faded.length; p += 4) faded[p] = alpha;
      layers.push({ input: faded, raw: { width, height, channels: 4 } });
    }
    const raw = await sharp(canvas, { raw: { width: bigW, height: bigH, channels: 4 } })
      .extract({ left, top, width, height })
      .composite(layers)
      .raw()
      .toBuffer();
    if (i === 0) stills.poster = await png(raw, width, height);
    if (i === CLIP_FRAMES - 1) stills.last = await png(raw, width, height);
    return raw;
  };
  const mp4 = await encodeMp4({ width, height, frameRate: CLIP_FPS }, CLIP_FRAMES, frame);
  if (!stills.poster || !stills.last) throw new Error("the clip has no frames");
  return { mp4, poster: stills.poster, last: stills.last };
}

function png(raw: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(raw, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png()
    .toBuffer();
}
