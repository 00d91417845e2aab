// Length-limited canonical Huffman codes for deflate's dynamic blocks. Lengths come from a
// plain Huffman tree; when a tree is deeper than allowed, frequencies are flattened (halved,
// keeping every used symbol at least 1) and the tree rebuilt — slightly suboptimal in rare
// skewed cases, always valid. At least two symbols get a code, so every code is complete.
import { reverseBits } from "./bit-writer";

export interface HuffmanCode {
  lengths: Uint8Array;
  /** Codes bit-reversed, ready for BitWriter. */
  codes: Uint16Array;
}

function treeDepths(freqs: ArrayLike<number>): Uint8Array {
  const n = freqs.length;
  const depth = new Uint8Array(n);
  // Nodes: leaves 0..n-1, internal nodes after; a sorted list stands in for a heap (n < 300).
  const weight: number[] = [];
  const parent: number[] = [];
  let queue: number[] = [];
  for (let s = 0; s < n; s++) {
    weight.push(freqs[s]);
    parent.push(-1);
    if (freqs[s] > 0) queue.push(s);
  }
  queue.sort((a, b) => weight[a] - weight[b]);
  while (queue.length > 1) {
    const [x, y] = [queue[0], queue[1]];
    const node = weight.length;
    weight.push(weight[x] + weight[y]);
    parent.push(-1);
    parent[x] = node;
    parent[y] = node;
    queue = queue.slice(2);
    let at = queue.findIndex((q) => weight[q] > weight[node]);
    if (at < 0) at = queue.length;
    queue.splice(at, 0, node);
  }
  for (let s = 0; s < n; s++) {
    if (freqs[s] === 0) continue;
    let d = 0;
    for (let p = parent[s]; p >= 0; p = parent[p]) d++;
    depth[s] = d;
  }
  return depth;
}

export function buildHuffmanCode(frequencies: ArrayLike<number>, maxBits: number): HuffmanCode {
  const freqs = Array.from(frequencies);
  // A lone symbol would get an incomplete one-bit code; give it a partner.
  let used = freqs.filter((f) => f > 0).length;
  for (let s = 0; used < 2 && s < freqs.length; s++) {
    if (freqs[s] === 0) {
      freqs[s] = 1;
      used++;
    }
  }
  let lengths = treeDepths(freqs);
  while (Math.max(...lengths) > maxBits) {
    for (let s = 0; s < freqs.length; s++) if (freqs[s] > 0) freqs[s] = Math.max(1, freqs[s] >> 1);
    lengths = treeDepths(freqs);
  }
  // Canonical codes (RFC 1951 §3.2.2): shorter codes first, then by symbol.
  const count = new Uint16Array(maxBits + 1);
  for (const l of lengths) if (l) count[l]++;
  const next = new Uint16Array(maxBits + 2);
  for (let bits = 1, code = 0; bits <= maxBits; bits++) {
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) if (lengths[s]) codes[s] = reverseBits(next[lengths[s]]++, lengths[s]);
  return { lengths, codes };
}
