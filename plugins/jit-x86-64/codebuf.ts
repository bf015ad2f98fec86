// A growable buffer of machine code bytes, written in RTS: the JIT's
// assembler runs in the translated binary (and untranslated, on Node, in
// the JIT's tests).  Values are written little-endian; a 32-bit field
// takes any int in [-2^31, 2^32) (its low 32 bits), a 64-bit one any int
// within ±2^53 (a pointer, a small constant) or two 32-bit words.

import { intDiv } from "rts/rlib";

const TWO_32 = 4294967296;
const HEX_DIGITS = "0123456789abcdef";

export class CodeBuffer {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity > 16 ? capacity : 16);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let cap = this.bytes.length * 2;
    while (cap < this.length + n) cap *= 2;
    const grown = new Uint8Array(cap);
    for (let i = 0; i < this.length; i++) grown[i] = this.bytes[i];
    this.bytes = grown;
  }

  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length] = b & 0xff;
    this.length++;
  }

  int16(x: number): void {
    this.byte(x);
    this.byte(x >> 8);
  }

  int32(x: number): void {
    this.reserve(4);
    for (let k = 0; k < 4; k++) this.bytes[this.length + k] = (x >> (8 * k)) & 0xff;
    this.length += 4;
  }

  /** A 64-bit field (two's complement): any int translated (int64), within ±2^53 untranslated. */
  int64(x: number): void {
    // int operations only (`%` and `/` would go through a double and round past 2^53)
    const lo = x >>> 0;
    this.int32(lo);
    this.int32(intDiv(x - lo, TWO_32));
  }

  /** Overwrites the 32-bit field at `at` (a jump's displacement, once its target is known). */
  patchInt32(at: number, x: number): void {
    for (let k = 0; k < 4; k++) this.bytes[at + k] = (x >> (8 * k)) & 0xff;
  }

  /** Drops the bytes from `n` on (code emitted for an operation that then turned out not to be compiled). */
  truncate(n: number): void {
    this.length = n;
  }

  /** The bytes as lowercase hex, no separators (tests, logs). */
  hex(): string {
    let s = "";
    for (let i = 0; i < this.length; i++) s += HEX_DIGITS.charAt(this.bytes[i] >> 4) + HEX_DIGITS.charAt(this.bytes[i] & 15);
    return s;
  }
}
