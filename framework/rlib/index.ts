// rts/rlib: helpers RTS programs import.  Each runs as plain TypeScript on
// Node; the translator knows the ones marked "primitive" and lowers their
// calls to low-level operations (see framework/frontend/builtins.ts).

import { formatd as formatdImpl } from "./formatd.ts";

/** Raised by the overflow-checked arithmetic helpers. */
export class OverflowError extends Error {}

/** Raised by assert() when its condition is false. */
export class AssertionError extends Error {}

export function assert(cond: boolean, message: string): void {
  if (!cond) throw new AssertionError(message);
}

/** Integer division truncating toward zero (C semantics), never -0; RangeError when b is 0. */
export function intDiv(a: number, b: number): number {
  if (b === 0) throw new RangeError("intDiv: division by zero");
  // exact for safe integers (the rounding of a / b cannot cross an integer); BigInt beyond
  const q = Math.abs(a) <= Number.MAX_SAFE_INTEGER && Math.abs(b) <= Number.MAX_SAFE_INTEGER ? Math.trunc(a / b) : Number(BigInt(a) / BigInt(b));
  return q === 0 ? 0 : q;
}

/** Converts a float to an int by truncation (like `x | 0` without the int32 wrap). */
export function toInt(x: number): number {
  return Math.trunc(x);
}

/** Forces a number to be a float in the translated program. */
export function toFloat(x: number): number {
  return x * 1.0;
}

/**
 * C printf's "%.<precision><code>" of x for code "e", "f" or "g" (RPython's
 * formatd): `formatd(x, "g", 6)` is what `printf("%g", x)` prints.  Primitive.
 */
export function formatd(x: number, code: string, precision: number): string {
  return formatdImpl(x, code, precision);
}

const MAX_SAFE = 9007199254740991;

/** a + b, raising OverflowError outside the exactly representable range ±2^53. */
export function ovfAdd(a: number, b: number): number {
  const r = a + b;
  if (r > MAX_SAFE || r < -MAX_SAFE) throw new OverflowError("integer overflow");
  return r;
}

export function ovfSub(a: number, b: number): number {
  const r = a - b;
  if (r > MAX_SAFE || r < -MAX_SAFE) throw new OverflowError("integer overflow");
  return r;
}

export function ovfMul(a: number, b: number): number {
  const r = a * b;
  if (r > MAX_SAFE || r < -MAX_SAFE) throw new OverflowError("integer overflow");
  return r;
}

// ---- machine-int arithmetic ---------------------------------------------------------
// Ints are JavaScript numbers (docs/rts.md): + - * beyond ±2^53 round like
// doubles and beyond ±2^63 stop the program.  These wrap around instead, as
// 64-bit two's complement machine words do: the exact result is reduced
// modulo 2^64 into [-2^63, 2^63) (computed with BigInt here), and the
// result is that number (exact up to ±2^53, the nearest double beyond, in
// both modes).  Primitives.

const TWO64 = 1n << 64n;

function wrap64(x: bigint): number {
  return Number(BigInt.asIntN(64, ((x % TWO64) + TWO64) % TWO64));
}

/** x reduced into the int64 range modulo 2^64 (x must be an integer; non-finite values give 0). */
export function intmask(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return wrap64(BigInt(Math.trunc(x)));
}

/** a + b wrapped around modulo 2^64. */
export function wrapAdd(a: number, b: number): number {
  return wrap64(BigInt(a) + BigInt(b));
}

/** a - b wrapped around modulo 2^64. */
export function wrapSub(a: number, b: number): number {
  return wrap64(BigInt(a) - BigInt(b));
}

/** a * b wrapped around modulo 2^64. */
export function wrapMul(a: number, b: number): number {
  return wrap64(BigInt(a) * BigInt(b));
}

/** Accumulates pieces and joins them once: linear time string building. */
export class StringBuilder {
  private parts: string[] = [];
  append(s: string): void {
    this.parts.push(s);
  }
  appendChar(code: number): void {
    this.parts.push(String.fromCharCode(code));
  }
  build(): string {
    return this.parts.join("");
  }
}

// ---- the bits of a double (for numerical code such as frameworks/rlib/fdlibm.ts) -------
const wordView = new DataView(new ArrayBuffer(8));

/** The high 32 bits of x's IEEE-754 representation (sign, exponent, top of the fraction), as a signed int32.  Primitive. */
export function floatHighWord(x: number): number {
  wordView.setFloat64(0, x);
  return wordView.getInt32(0);
}

/** The low 32 bits of x's IEEE-754 representation, as an unsigned int (0 .. 2^32-1).  Primitive. */
export function floatLowWord(x: number): number {
  wordView.setFloat64(0, x);
  return wordView.getUint32(4);
}

/** The double whose representation has high word `hi` and low word `lo` (each taken modulo 2^32).  Primitive. */
export function floatFromWords(hi: number, lo: number): number {
  wordView.setUint32(0, hi >>> 0);
  wordView.setUint32(4, lo >>> 0);
  return wordView.getFloat64(0);
}
