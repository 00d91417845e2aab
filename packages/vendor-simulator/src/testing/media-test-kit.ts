// Helpers for the issue-14 tests: pictures with a transparent hole, MP4 checks, pixel reads.
import sharp from "sharp";
import { expect } from "vitest";
import { readMp4Boxes } from "../video/read-mp4-boxes";
import { download } from "./sim-test-kit";

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An opaque picture of one colour with a fully transparent rectangle (the area to edit). */
export async function pngWithHole(width: number, height: number, colour: [number, number, number], hole: Rect | null): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const o = (y * width + x) * 4;
      const inHole = hole && x >= hole.left && x < hole.left + hole.width && y >= hole.top && y < hole.top + hole.height;
      raw.set(inHole ? [0, 0, 0, 0] : [...colour, 255], o);
    }
  }
  return sharp(raw, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

export const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`;

/** RGB of every pixel of a region of a picture. */
export async function regionPixels(png: Buffer, rect: Rect): Promise<Buffer> {
  return sharp(png).extract(rect).removeAlpha().raw().toBuffer();
}

/** Share of the region's pixels that equal `colour` exactly. */
export async function shareOfColour(png: Buffer, rect: Rect, colour: [number, number, number]): Promise<number> {
  const pixels = await regionPixels(png, rect);
  let same = 0;
  for (let o = 0; o < pixels.length; o += 3) if (pixels[o] === colour[0] && pixels[o + 1] === colour[1] && pixels[o + 2] === colour[2]) same += 1;
  return same / (pixels.length / 3);
}

/** Downloads a clip and checks it is an MP4 (ftyp first, a moov) whose track has the size. */
export async function expectMp4(url: string, width: number, height: number): Promise<Buffer> {
  const file = await download(url);
  expect(file.status).toBe(200);
  expect(file.type).toBe("video/mp4");
  const summary = readMp4Boxes(file.bytes);
  expect(summary.boxes[0]).toBe("ftyp");
  expect(summary.boxes).toContain("moov");
  expect(summary.tracks).toEqual([{ width, height }]);
  return file.bytes;
}
