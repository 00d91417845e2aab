import { describe, expect, it } from "vitest";
import { buildHuffmanCode } from "./huffman-code";

/** Sum of 2^-length over coded symbols: exactly 1 for a complete prefix code. */
const kraft = (lengths: Uint8Array) => lengths.reduce((sum, l) => sum + (l ? 2 ** -l : 0), 0);

describe("buildHuffmanCode", () => {
  it("gives frequent symbols short codes and forms a complete prefix code", () => {
    const { lengths } = buildHuffmanCode([100, 1, 1, 50, 0, 3], 15);
    expect(lengths[0]).toBeLessThanOrEqual(lengths[3]);
    expect(lengths[3]).toBeLessThan(lengths[1]);
    expect(lengths[4]).toBe(0);
    expect(kraft(lengths)).toBe(1);
  });

  it("keeps codes within the length limit even for Fibonacci-skewed frequencies", () => {
    const fib = [1, 1];
    while (fib.length < 30) fib.push(fib[fib.length - 1] + fib[fib.length - 2]);
    for (const maxBits of [7, 15]) {
      const { lengths } = buildHuffmanCode(fib, maxBits);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(maxBits);
      expect(kraft(lengths)).toBe(1);
    }
  });

  it("gives a lone symbol a partner so its code is complete", () => {
    const { lengths } = buildHuffmanCode([0, 0, 9, 0], 15);
    expect([...lengths].filter((l) => l > 0)).toEqual([1, 1]);
  });
});
