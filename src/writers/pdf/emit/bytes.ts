/**
 * A growable byte buffer for PDF syntax, which is ASCII: strings are written as their code units
 * (no intermediate string is built and then copied into bytes), glyph ids as 4 hex digits. It
 * doubles its capacity when full, so writing n bytes costs O(n).
 */
export class ByteWriter {
  private buf: Uint8Array;
  private length = 0;

  constructor(capacity = 4096) {
    this.buf = new Uint8Array(Math.max(16, capacity)); // never 0: doubling 0 would never grow
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }

  /** An ASCII string (PDF operators and operands; every code unit must be < 256). */
  ascii(s: string): this {
    this.room(s.length);
    const { buf } = this;
    let at = this.length;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.length = at;
    return this;
  }

  byte(b: number): this {
    this.room(1);
    this.buf[this.length++] = b;
    return this;
  }

  /** A 16-bit value as 4 lower-case hex digits (a glyph id of an Identity-H string). */
  hex4(v: number): this {
    this.room(4);
    const { buf } = this;
    const at = this.length;
    buf[at] = HEX[(v >> 12) & 15]!;
    buf[at + 1] = HEX[(v >> 8) & 15]!;
    buf[at + 2] = HEX[(v >> 4) & 15]!;
    buf[at + 3] = HEX[v & 15]!;
    this.length = at + 4;
    return this;
  }

  get size(): number {
    return this.length;
  }

  /** The bytes written (a view on the buffer, valid until the next write). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

const HEX = Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
