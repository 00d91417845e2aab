// Deflate's length and distance symbols (RFC 1951 §3.2.5): which symbol and extra bits
// encode a match length (3–258) or a distance (1–32768).

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

export const MIN_MATCH = 3;
export const MAX_MATCH = 258;
export const MAX_DISTANCE = 32768;
export const END_OF_BLOCK = 256;
export const LITLEN_SYMBOLS = 286;
export const DIST_SYMBOLS = 30;

/** Index into LENGTH_BASE for each match length; the literal/length symbol is 257 + index. */
const lengthIndex = new Uint8Array(MAX_MATCH + 1);
for (let i = 0; i < LENGTH_BASE.length - 1; i++) for (let len = LENGTH_BASE[i]; len < LENGTH_BASE[i + 1]; len++) lengthIndex[len] = i;
lengthIndex[MAX_MATCH] = LENGTH_BASE.length - 1;

export function lengthSymbol(length: number): number {
  return 257 + lengthIndex[length];
}

export function lengthExtra(length: number): [bits: number, value: number] {
  const i = lengthIndex[length];
  return [LENGTH_EXTRA[i], length - LENGTH_BASE[i]];
}

export function distanceSymbol(distance: number): number {
  let i = DIST_BASE.length - 1;
  while (DIST_BASE[i] > distance) i--;
  return i;
}

export function distanceExtra(distance: number): [bits: number, value: number] {
  const i = distanceSymbol(distance);
  return [DIST_EXTRA[i], distance - DIST_BASE[i]];
}
