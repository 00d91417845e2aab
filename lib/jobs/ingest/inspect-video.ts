// Checks that a vendor's video file is an MP4 before it is stored, and reads what the studio shows
// of it (its picture size and length) from the file's own boxes (ISO/IEC 14496-12): `ftyp` first,
// then `moov` › `mvhd` (timescale, duration) and `moov` › `trak` › `tkhd` (width, height as 16.16
// fixed point). No decoder runs: nothing in the file is executed or decompressed.
import { IngestError } from "./ingest-error";

export interface VideoInfo {
  width: number;
  height: number;
  durationMs: number;
  mime: "video/mp4";
  extension: "mp4";
}

interface Box {
  type: string;
  start: number;
  end: number;
}

function* boxes(bytes: Buffer, start: number, end: number): Generator<Box> {
  let offset = start;
  while (offset + 8 <= end) {
    let size = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return;
      size = Number(bytes.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) size = end - offset;
    if (size < header || offset + size > end) return;
    yield { type, start: offset + header, end: offset + size };
    offset += size;
  }
}

function child(bytes: Buffer, parent: Box, type: string): Box | undefined {
  for (const box of boxes(bytes, parent.start, parent.end)) if (box.type === type) return box;
  return undefined;
}

function movieLength(bytes: Buffer, mvhd: Box): number {
  const version = bytes[mvhd.start];
  const timescale = bytes.readUInt32BE(mvhd.start + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(bytes.readBigUInt64BE(mvhd.start + 24)) : bytes.readUInt32BE(mvhd.start + 16);
  return timescale > 0 ? Math.round((duration / timescale) * 1000) : 0;
}

/** The first track with a picture: tkhd ends with width and height (16.16), 0 for sound. */
function pictureSize(bytes: Buffer, moov: Box): { width: number; height: number } | undefined {
  for (const box of boxes(bytes, moov.start, moov.end)) {
    if (box.type !== "trak") continue;
    const tkhd = child(bytes, box, "tkhd");
    if (!tkhd || tkhd.end - tkhd.start < 84) continue;
    const width = bytes.readUInt32BE(tkhd.end - 8) / 65536;
    const height = bytes.readUInt32BE(tkhd.end - 4) / 65536;
    if (width > 0 && height > 0) return { width: Math.round(width), height: Math.round(height) };
  }
  return undefined;
}

export function inspectVideo(bytes: Buffer, what: string): VideoInfo {
  const top = [...boxes(bytes, 0, bytes.length)];
  if (top[0]?.type !== "ftyp") throw new IngestError("NOT_AN_IMAGE", `The ${what} is not an MP4 video.`);
  const moov = top.find((box) => box.type === "moov");
  const mvhd = moov && child(bytes, moov, "mvhd");
  const size = moov && pictureSize(bytes, moov);
  if (!moov || !mvhd || !size) throw new IngestError("CORRUPT_IMAGE", `The ${what} is an MP4 without a readable picture track.`);
  if (size.width > 8192 || size.height > 8192)
    throw new IngestError("TOO_LARGE", `The ${what} is ${size.width}×${size.height}, larger than any Midjourney video.`);
  return { ...size, durationMs: movieLength(bytes, mvhd), mime: "video/mp4", extension: "mp4" };
}
