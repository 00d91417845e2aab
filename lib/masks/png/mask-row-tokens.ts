// LZ77 tokens for a mask's PNG scanlines (filter None: a 0 byte, then 0 or 255 per pixel),
// read straight from the bitmap's runs rather than found by a general matcher. A mask is long
// runs of one value and rows that repeat the row above, so each row is either one back-
// reference to the row above or, per run, a literal and distance-1 back-references —
// whichever is cheaper. Work grows with runs, not pixels (besides one scan, 4 pixels at a
// time), and the Adler-32 that zlib wants is summed per run in closed form.
import type { MaskBitmap } from "./mask-bitmap";
import { distanceExtra, MAX_DISTANCE, MAX_MATCH, MIN_MATCH } from "./deflate-symbols";

const ADLER_MOD = 65521;
const WHITE = 255;
/** Rough bits per Huffman-coded token in these streams, for choosing between encodings. */
const TOKEN_BITS = 3;

/** A literal byte is its value (< 256); a match is length · 65536 + distance. */
export class TokenList {
  data = new Uint32Array(1 << 14);
  length = 0;

  push(token: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = token;
  }

  literal(byte: number): void {
    this.push(byte);
  }

  /** Back-references of `n` bytes at `distance`, split into legal lengths; returns the 0–2 bytes left. */
  matches(n: number, distance: number): number {
    while (n >= MIN_MATCH) {
      const len = n > MAX_MATCH ? (n - MAX_MATCH >= MIN_MATCH ? MAX_MATCH : n - MIN_MATCH) : n;
      this.push(len * 65536 + distance);
      n -= len;
    }
    return n;
  }
}

/** Row runs as parallel arrays: value (0/1) and length, `count` of them. */
interface Runs {
  value: Uint8Array;
  length: Int32Array;
  count: number;
}

const newRuns = (width: number): Runs => ({ value: new Uint8Array(width), length: new Int32Array(width), count: 0 });

function scanRuns(bits: Uint8Array, words: Uint32Array | null, start: number, width: number, runs: Runs): void {
  runs.count = 0;
  let v = bits[start];
  let runStart = 0;
  for (let i = 0; i < width;) {
    // Whole words of the current value are skipped 4 pixels at a time.
    if (words && (i & 3) === 0 && i + 4 <= width && words[(start + i) >> 2] === (v ? 0x01010101 : 0)) {
      i += 4;
      continue;
    }
    if (bits[start + i] !== v) {
      runs.value[runs.count] = v;
      runs.length[runs.count++] = i - runStart;
      v = bits[start + i];
      runStart = i;
    }
    i++;
  }
  runs.value[runs.count] = v;
  runs.length[runs.count++] = width - runStart;
}

function rowsEqual(bits: Uint8Array, words: Uint32Array | null, a: number, b: number, width: number): boolean {
  if (words) {
    for (let i = a >> 2, k = b >> 2, end = (a + width) >> 2; i < end; i++, k++) if (words[i] !== words[k]) return false;
    return true;
  }
  for (let i = 0; i < width; i++) if (bits[a + i] !== bits[b + i]) return false;
  return true;
}

function runsCost(runs: Runs): number {
  let tokens = 1;
  for (let r = 0; r < runs.count; r++) tokens += (r > 0 || runs.value[r] ? 1 : 0) + Math.ceil(runs.length[r] / MAX_MATCH);
  return tokens * TOKEN_BITS;
}

function writeRuns(tokens: TokenList, runs: Runs): void {
  tokens.literal(0);
  let last = 0;
  for (let r = 0; r < runs.count; r++) {
    const byte = runs.value[r] ? WHITE : 0;
    let n = runs.length[r];
    if (last !== byte) {
      tokens.literal(byte);
      n--;
    }
    for (let left = tokens.matches(n, 1); left > 0; left--) tokens.literal(byte);
    last = byte;
  }
}

export function maskRowTokens({ width, height, bits }: MaskBitmap): { tokens: TokenList; adler32: number } {
  const stride = width + 1;
  // Word reads need every row to start on a 4-byte boundary.
  const words = width % 4 === 0 && bits.byteOffset % 4 === 0 ? new Uint32Array(bits.buffer, bits.byteOffset, bits.length >> 2) : null;
  const copyBits = stride >= MIN_MATCH && stride <= MAX_DISTANCE ? Math.ceil(stride / MAX_MATCH) * (TOKEN_BITS + distanceExtra(stride)[0]) : Infinity;
  const tokens = new TokenList();
  let [a, b] = [1, 0];
  let prev = newRuns(width);
  let cur = newRuns(width);
  for (let j = 0; j < height; j++) {
    const start = j * width;
    if (j > 0 && rowsEqual(bits, words, start, start - width, width)) {
      if (copyBits < runsCost(prev)) tokens.matches(stride, stride);
      else writeRuns(tokens, prev);
    } else {
      scanRuns(bits, words, start, width, cur);
      writeRuns(tokens, cur);
      [prev, cur] = [cur, prev];
    }
    // This row's Adler-32 terms: the filter byte 0, then per run of n bytes of value v,
    // b += n·a + v·n(n+1)/2 and a += n·v.
    b = (b + a) % ADLER_MOD;
    for (let r = 0; r < prev.count; r++) {
      const n = prev.length[r];
      const v = prev.value[r] ? WHITE : 0;
      b = (b + n * a + (v * n * (n + 1)) / 2) % ADLER_MOD;
      a = (a + n * v) % ADLER_MOD;
    }
  }
  return { tokens, adler32: ((b << 16) | a) >>> 0 };
}
