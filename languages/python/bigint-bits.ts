// Python's bitwise operators on signed magnitudes (languages/python/bigint-mag.ts):
// negative numbers behave as infinite two's complement, as in CPython.
import { MASK, addSmallMag, subSmallMag } from "./bigint-mag.ts";

export const AND = 0;
export const OR = 1;
export const XOR = 2;

/** The n low limbs of a's infinite two's complement: a itself, or for -a the complement of a - 1. */
function twos(negative: boolean, a: Int32Array, na: number, n: number): Int32Array {
  const r = new Int32Array(n);
  if (!negative) {
    for (let i = 0; i < na; i++) r[i] = a[i];
    return r;
  }
  const m1 = subSmallMag(a, na, 1);
  for (let i = 0; i < n; i++) r[i] = ~(i < na ? m1[i] : 0) & MASK;
  return r;
}

function apply(op: number, x: number, y: number): number {
  if (op === AND) return x & y;
  if (op === OR) return x | y;
  return x ^ y;
}

function applyBool(op: number, x: boolean, y: boolean): boolean {
  if (op === AND) return x && y;
  if (op === OR) return x || y;
  return x !== y;
}

/**
 * The magnitude of (an ? -a : a) op (bn ? -b : b); negativeResult(op, an,
 * bn) is its sign.
 */
export function bitwiseMag(op: number, an: boolean, a: Int32Array, na: number, bn: boolean, b: Int32Array, nb: number): Int32Array {
  if (!an && !bn) return nonNegativeMag(op, a, na, b, nb);
  const n = Math.max(na, nb);
  const da = twos(an, a, na, n);
  const db = twos(bn, b, nb, n);
  const r = new Int32Array(n);
  for (let i = 0; i < n; i++) r[i] = apply(op, da[i], db[i]) & MASK;
  if (!applyBool(op, an, bn)) return r;
  // the value is r - BASE^n: its magnitude is the complement of r, plus one
  for (let i = 0; i < n; i++) r[i] = ~r[i] & MASK;
  return addSmallMag(r, n, 1);
}

/** a op b for non-negative a and b: the limbs themselves, no two's complement copies (go's zobrist hashes: 63-bit xors). */
function nonNegativeMag(op: number, a: Int32Array, na: number, b: Int32Array, nb: number): Int32Array {
  const n = op === AND ? Math.min(na, nb) : Math.max(na, nb);
  const r = new Int32Array(n);
  for (let i = 0; i < n; i++) r[i] = apply(op, i < na ? a[i] : 0, i < nb ? b[i] : 0);
  return r;
}

export function negativeResult(op: number, an: boolean, bn: boolean): boolean {
  return applyBool(op, an, bn);
}
