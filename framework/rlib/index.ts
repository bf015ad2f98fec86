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

/** Integer division truncating toward zero (C semantics); int result. */
export function intDiv(a: number, b: number): number {
  return Math.trunc(a / b);
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
