// The zlib stream (RFC 1950) of a mask's PNG scanlines: the row tokens in one dynamic-Huffman
// deflate block (RFC 1951 §3.2.7). Dynamic codes matter here: nearly every token is the same
// "258 bytes at distance 1", which a dynamic code writes in about two bits.
import type { MaskBitmap } from "./mask-bitmap";
import { BitWriter } from "./bit-writer";
import { distanceExtra, distanceSymbol, DIST_SYMBOLS, END_OF_BLOCK, lengthExtra, lengthSymbol, LITLEN_SYMBOLS } from "./deflate-symbols";
import { buildHuffmanCode, type HuffmanCode } from "./huffman-code";
import { maskRowTokens, type TokenList } from "./mask-row-tokens";

const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Code lengths run-length coded with symbols 0–15, 16 (repeat previous 3–6), 17 (3–10 zeros), 18 (11–138 zeros). */
function runLengthCodeLengths(lengths: number[]): [symbol: number, extra: number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < lengths.length;) {
    const l = lengths[i];
    let n = 1;
    while (i + n < lengths.length && lengths[i + n] === l) n++;
    i += n;
    if (l === 0) {
      for (; n >= 11; n -= Math.min(n, 138)) out.push([18, Math.min(n, 138) - 11]);
      if (n >= 3) {
        out.push([17, n - 3]);
        n = 0;
      }
    } else {
      out.push([l, 0]);
      n--;
      for (; n >= 3; n -= Math.min(n, 6)) out.push([16, Math.min(n, 6) - 3]);
    }
    for (; n > 0; n--) out.push([l, 0]);
  }
  return out;
}

function writeHeader(w: BitWriter, litlen: HuffmanCode, dist: HuffmanCode): void {
  let hlit = LITLEN_SYMBOLS;
  while (hlit > 257 && litlen.lengths[hlit - 1] === 0) hlit--;
  let hdist = DIST_SYMBOLS;
  while (hdist > 1 && dist.lengths[hdist - 1] === 0) hdist--;
  const rle = runLengthCodeLengths([...litlen.lengths.subarray(0, hlit), ...dist.lengths.subarray(0, hdist)]);
  const clFreq = new Array<number>(19).fill(0);
  for (const [s] of rle) clFreq[s]++;
  const cl = buildHuffmanCode(clFreq, 7);
  let hclen = 19;
  while (hclen > 4 && cl.lengths[CODE_LENGTH_ORDER[hclen - 1]] === 0) hclen--;
  w.write(1, 1); // BFINAL: the only block
  w.write(2, 2); // BTYPE 10: dynamic Huffman codes
  w.write(hlit - 257, 5);
  w.write(hdist - 1, 5);
  w.write(hclen - 4, 4);
  for (let i = 0; i < hclen; i++) w.write(cl.lengths[CODE_LENGTH_ORDER[i]], 3);
  for (const [s, extra] of rle) {
    w.write(cl.codes[s], cl.lengths[s]);
    if (s === 16) w.write(extra, 2);
    else if (s === 17) w.write(extra, 3);
    else if (s === 18) w.write(extra, 7);
  }
}

function writeBlock(w: BitWriter, tokens: TokenList): void {
  const litFreq = new Uint32Array(LITLEN_SYMBOLS);
  const distFreq = new Uint32Array(DIST_SYMBOLS);
  const { data, length } = tokens;
  for (let k = 0; k < length; k++) {
    const t = data[k];
    if (t < 256) litFreq[t]++;
    else {
      litFreq[lengthSymbol(t >>> 16)]++;
      distFreq[distanceSymbol(t & 0xffff)]++;
    }
  }
  litFreq[END_OF_BLOCK] = 1;
  const litlen = buildHuffmanCode(litFreq, 15);
  const dist = buildHuffmanCode(distFreq, 15);
  writeHeader(w, litlen, dist);
  for (let k = 0; k < length; k++) {
    const t = data[k];
    if (t < 256) {
      w.write(litlen.codes[t], litlen.lengths[t]);
      continue;
    }
    const len = t >>> 16;
    const distance = t & 0xffff;
    const ls = lengthSymbol(len);
    w.write(litlen.codes[ls], litlen.lengths[ls]);
    const [lBits, lValue] = lengthExtra(len);
    if (lBits) w.write(lValue, lBits);
    const ds = distanceSymbol(distance);
    w.write(dist.codes[ds], dist.lengths[ds]);
    const [dBits, dValue] = distanceExtra(distance);
    if (dBits) w.write(dValue, dBits);
  }
  w.write(litlen.codes[END_OF_BLOCK], litlen.lengths[END_OF_BLOCK]);
}

export function deflateMaskRows(bitmap: MaskBitmap): Uint8Array<ArrayBuffer> {
  const { tokens, adler32 } = maskRowTokens(bitmap);
  const w = new BitWriter();
  w.write(0x78, 8); // CMF: deflate, 32 KB window
  w.write(0x01, 8); // FLG: no dictionary; (0x78 · 256 + 0x01) % 31 === 0
  writeBlock(w, tokens);
  w.alignAndAppend([adler32 >>> 24, (adler32 >>> 16) & 0xff, (adler32 >>> 8) & 0xff, adler32 & 0xff]);
  return w.bytes();
}
