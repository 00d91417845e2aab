import { describe, expect, it } from "vitest";
import { IngestError } from "./ingest-error";
import { inspectVideo } from "./inspect-video";

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
}

function mvhd(timescale: number, duration: number): Buffer {
  const body = Buffer.alloc(100);
  body.writeUInt32BE(timescale, 12);
  body.writeUInt32BE(duration, 16);
  return box("mvhd", body);
}

function tkhd(width: number, height: number): Buffer {
  const body = Buffer.alloc(84);
  body.writeUInt32BE(width * 65536, 76);
  body.writeUInt32BE(height * 65536, 80);
  return box("tkhd", body);
}

const ftyp = box("ftyp", Buffer.from("isom\0\0\x02\0isomiso2avc1mp41", "latin1"));

describe("inspectVideo", () => {
  it("reads the picture track's size and the movie's length, past a sound track and mdat", () => {
    const moov = box("moov", mvhd(1000, 5040), box("trak", tkhd(0, 0)), box("trak", tkhd(832, 464)));
    const file = Buffer.concat([ftyp, box("mdat", Buffer.alloc(500)), moov]);
    expect(inspectVideo(file, "video")).toEqual({ width: 832, height: 464, durationMs: 5040, mime: "video/mp4", extension: "mp4" });
  });

  it("refuses a file that does not start with ftyp (an HTML error page, a PNG)", () => {
    expect(() => inspectVideo(Buffer.from("<html>gone</html>"), "video")).toThrow(IngestError);
    expect(() => inspectVideo(Buffer.from("\x89PNG\r\n\x1a\n0000000000000000", "latin1"), "video")).toThrow(/not an MP4/);
  });

  it("refuses an MP4 without a picture track or cut off before its moov", () => {
    expect(() => inspectVideo(Buffer.concat([ftyp, box("moov", mvhd(1000, 1000), box("trak", tkhd(0, 0)))]), "clip")).toThrow(/readable picture track/);
    const whole = Buffer.concat([ftyp, box("moov", mvhd(1000, 1000), box("trak", tkhd(640, 360)))]);
    expect(() => inspectVideo(whole.subarray(0, whole.length - 20), "clip")).toThrow(/readable picture track/);
  });

  it("refuses a box whose size runs past the end of the file", () => {
    const bad = Buffer.concat([ftyp, Buffer.from([0xff, 0xff, 0xff, 0xf0]), Buffer.from("moov", "latin1")]);
    expect(() => inspectVideo(bad, "clip")).toThrow(IngestError);
  });
});
