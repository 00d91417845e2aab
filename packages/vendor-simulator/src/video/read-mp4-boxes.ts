// Reads the top-level boxes of an MP4 and the track size in its `tkhd`: enough to check that a
// file is a real MP4 (ftyp first, a moov) of the size it claims. Used by tests and benchmarks.

export interface Mp4Summary {
  /** Top-level box types in file order, e.g. ["ftyp", "mdat", "moov"]. */
  boxes: string[];
  /** Width × height of each track's tkhd (16.16 fixed point, whole pixels here). */
  tracks: { width: number; height: number }[];
}

function walk(bytes: Buffer, start: number, end: number, visit: (type: string, body: number, boxEnd: number) => void): void {
  let at = start;
  while (at + 8 <= end) {
    let size = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      size = Number(bytes.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = end - at;
    if (size < header || at + size > end) throw new Error(`broken MP4 box ${type} at ${at}`);
    visit(type, at + header, at + size);
    at += size;
  }
}

export function readMp4Boxes(bytes: Buffer): Mp4Summary {
  const boxes: string[] = [];
  const tracks: Mp4Summary["tracks"] = [];
  walk(bytes, 0, bytes.length, (type, body, end) => {
    boxes.push(type);
    if (type !== "moov") return;
    walk(bytes, body, end, (inner, trakBody, trakEnd) => {
      if (inner !== "trak") return;
      walk(bytes, trakBody, trakEnd, (leaf, tkhd) => {
        if (leaf !== "tkhd") return;
        // tkhd v0: width/height are the last 8 bytes of an 84-byte body; v1: of a 96-byte body.
        const version = bytes[tkhd];
        const at = tkhd + (version === 1 ? 88 : 76);
        tracks.push({ width: bytes.readUInt32BE(at) / 65536, height: bytes.readUInt32BE(at + 4) / 65536 });
      });
    });
  });
  return { boxes, tracks };
}
