// Deflate's bit order: values go in least-significant bit first; Huffman codes, which are
// defined most-significant bit first, are stored pre-reversed by the caller's tables.

export class BitWriter {
  private out: Uint8Array<ArrayBuffer>;
  private length = 0;
  private buffer = 0;
  private count = 0;

  constructor(capacity = 1 << 16) {
    this.out = new Uint8Array(capacity);
  }

  write(value: number, bits: number): void {
    this.buffer |= value << this.count;
    this.count += bits;
    while (this.count >= 8) {
      this.pushByte(this.buffer & 0xff);
      this.buffer >>>= 8;
      this.count -= 8;
    }
  }

  /** Pads to a byte boundary (the end of the deflate stream) and appends whole bytes. */
  alignAndAppend(bytes: readonly number[]): void {
    if (this.count > 0) this.write(0, 8 - this.count);
    for (const b of bytes) this.pushByte(b);
  }

  bytes(): Uint8Array<ArrayBuffer> {
    return this.out.slice(0, this.length);
  }

  private pushByte(b: number): void {
    if (this.length === this.out.length) {
      const grown = new Uint8Array(this.out.length * 2);
      grown.set(this.out);
      this.out = grown;
    }
    this.out[this.length++] = b;
  }
}

/** Reverses the low `bits` bits of `code`. */
export function reverseBits(code: number, bits: number): number {
  let r = 0;
  for (let i = 0; i < bits; i++) r = (r << 1) | ((code >>> i) & 1);
  return r;
}
