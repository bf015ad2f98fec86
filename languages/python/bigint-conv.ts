// Conversions of magnitudes (languages/python/bigint-mag.ts) to and from
// strings in radix 2..36 and doubles, and CPython's correctly rounded
// int / int.
import { floatFromWords, floatHighWord, floatLowWord, intDiv, toInt } from "rts/rlib";
import { finishUnits, newUnits, setUnit } from "rts/lltype";
import { BASE, CARRY, MASK, SHIFT, bitLengthMag, bitsAt, divSmallInto, divmodMag, lowBitsSet, magFromInt, shlMag, shrMag, sizeOf } from "./bigint-mag.ts";

/** log2(radix) for a power of two, else 0. */
function powerOfTwo(radix: number): number {
  for (let k = 1; k <= 5; k++) if (1 << k === radix) return k;
  return 0;
}

/** The value of digit character c in radix 2..36, or -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/**
 * How many radix digits make one chunk: the largest k with radix^k <= limit.
 * (Not a [k, radix^k] tuple: a tuple type is one class in the whole
 * program, and another [number, number] holding floats would make these
 * floats too.)
 */
function chunkDigits(radix: number, limit: number): number {
  let k = 1;
  for (let p = radix; p * radix <= limit; p *= radix) k++;
  return k;
}

function power(radix: number, k: number): number {
  let p = 1;
  for (let i = 0; i < k; i++) p *= radix;
  return p;
}

/** The limbs of s[from..to) read as digits in radix 2..36, or null when a character is no digit there. */
export function magFromString(s: string, from: number, to: number, radix0: number): Int32Array | null {
  const radix = radix0 & 63; // (visibly non-negative: its products stay ints)
  const len = Math.max(to - from, 0);
  const bits = powerOfTwo(radix);
  if (bits > 0) {
    const r = new Int32Array(intDiv(len * bits, SHIFT) + 1);
    let acc = 0;
    let accBits = 0;
    let k = 0;
    for (let i = to - 1; i >= from; i--) {
      const d = digitValue(s.charCodeAt(i) | 0); // (| 0: an int, where charCodeAt may be NaN)
      if (d < 0 || d >= radix) return null;
      acc |= d << accBits;
      accBits += bits;
      if (accBits >= SHIFT) {
        r[k++] = acc & MASK;
        acc = acc >> SHIFT;
        accBits -= SHIFT;
      }
    }
    if (accBits > 0) r[k] = acc & MASK;
    return r;
  }
  // chunks of k digits: r = r * radix^k + chunk, radix^k <= 2^26
  const k = chunkDigits(radix, BASE);
  const r = new Int32Array(intDiv(len, k) + 2);
  let n = 0;
  let i = from;
  let first = len % k;
  if (first === 0) first = k;
  while (i < to) {
    const end = i + (i === from ? first : k);
    let chunk = 0;
    let mult = 1;
    for (; i < end; i++) {
      const d = digitValue(s.charCodeAt(i) | 0);
      if (d < 0 || d >= radix) return null;
      chunk = chunk * radix + (d & 63);
      mult *= radix;
    }
    // r = r * mult + chunk, in place
    // (the masks are no-ops: mult < 2^26, not being a power of two, and chunk < mult)
    let carry = chunk & MASK;
    const m = mult & MASK;
    for (let j = 0; j < n; j++) {
      const t = (r[j] & MASK) * m + carry;
      r[j] = t & MASK;
      carry = intDiv(t, BASE) & CARRY;
    }
    if (carry !== 0) r[n++] = carry;
  }
  return r;
}

/** The character code of digit d (0..35). */
function digitCode(d: number): number {
  return d < 10 ? 48 + d : 87 + d;
}

/**
 * The digits of a[0..n) in radix 2..36 (lowercase letters), after a "-"
 * when negative.  The string is filled in place (rts/lltype's units):
 * joining pieces or Number.prototype.toString(radix) (V8's algorithm for
 * doubles) would cost several times more.
 */
export function magToString(a: Int32Array, n: number, radix0: number, negative: boolean): string {
  const radix = radix0 & 63;
  const sign = negative && n > 0 ? 1 : 0;
  if (n === 0) return "0";
  const bits = powerOfTwo(radix);
  if (bits > 0) {
    // digits from the lowest, written from the end
    const nd = intDiv(bitLengthMag(a, n) + bits - 1, bits);
    const u = newUnits(sign + nd);
    let at = sign + nd - 1;
    let acc = 0;
    let accBits = 0;
    for (let i = 0; i < n; i++) {
      acc |= a[i] << accBits; // (accBits < bits <= 5: at most 31 bits)
      accBits += SHIFT;
      while (accBits >= bits && at >= sign) {
        setUnit(u, at--, digitCode(acc & (radix - 1)));
        acc = acc >>> bits;
        accBits -= bits;
      }
    }
    if (at >= sign) setUnit(u, at, digitCode(acc & (radix - 1)));
    if (sign === 1) setUnit(u, 0, 45);
    return finishUnits(u);
  }
  const k = radix === 10 ? 8 : chunkDigits(radix, 2 * BASE - 4);
  const p = radix === 10 ? 100000000 : power(radix, k);
  const chunks = new Int32Array(intDiv(n * SHIFT, 21) + 2); // (radix^k > (2^27 - 4) / 36 > 2^21)
  const nc = radix === 10 ? toBase1e8(a, n, chunks) : toChunks(a, n, p, chunks);
  let top = chunks[nc - 1] & CARRY;
  let topDigits = 0;
  for (let t = top; t > 0; t = intDiv(t, radix)) topDigits++;
  const len = sign + topDigits + Math.max(nc - 1, 0) * k;
  const u = newUnits(len);
  let at = len - 1;
  for (let i = 0; i < nc - 1; i++) {
    let v = chunks[i] & CARRY;
    if (radix === 10) {
      for (let j = 0; j < 8; j++) {
        setUnit(u, at--, 48 + (v % 10));
        v = intDiv(v, 10);
      }
    } else {
      for (let j = 0; j < k; j++) {
        setUnit(u, at--, digitCode(v % radix));
        v = intDiv(v, radix);
      }
    }
  }
  for (; top > 0; top = intDiv(top, radix)) setUnit(u, at--, digitCode(top % radix));
  if (sign === 1) setUnit(u, 0, 45);
  return finishUnits(u);
}

/**
 * a[0..n) in base 10^8 into out, lowest first, returning the number of
 * chunks: for each limb from the top, the chunks so far times 2^26 plus the
 * limb (CPython's quadratic conversion; a chunk * 2^26 + a carry < 10^8 *
 * 2^26 + 2^27 < 2^53).
 */
function toBase1e8(a: Int32Array, n: number, out: Int32Array): number {
  let nc = 0;
  for (let i = n - 1; i >= 0; i--) {
    let hi = a[i] & MASK;
    for (let j = 0; j < nc; j++) {
      // (the masks are no-ops that prove z < 2^53 to the range analysis)
      const z = (out[j] & CARRY) * BASE + hi;
      hi = intDiv(z, 100000000) & MASK;
      out[j] = z % 100000000;
    }
    while (hi !== 0) {
      out[nc++] = hi % 100000000;
      hi = intDiv(hi, 100000000);
    }
  }
  return nc;
}

/** toBase1e8 for any chunk base p < 2^27 - 2. */
function toChunks(a: Int32Array, n: number, p: number, out: Int32Array): number {
  let nc = 0;
  for (let i = n - 1; i >= 0; i--) {
    let hi = a[i] & MASK;
    for (let j = 0; j < nc; j++) {
      const z = (out[j] & CARRY) * BASE + hi;
      hi = intDiv(z, p);
      out[j] = z % p;
    }
    while (hi !== 0) {
      out[nc++] = hi % p;
      hi = intDiv(hi, p);
    }
  }
  return nc;
}

// ---- doubles ----------------------------------------------------------------------------

/** 2^e as a double, for -1022 <= e <= 1023 (exact). */
function pow2(e: number): number {
  return floatFromWords((e + 1023) << 20, 0);
}

/** x * 2^e, exact when the result is representable (as C's ldexp; e >= -1100). */
export function ldexp(x: number, e: number): number {
  if (e > 1023) return x * pow2(1023) * pow2(e - 1023);
  if (e < -1022) return x * pow2(e + 600) * pow2(-600);
  return x * pow2(e);
}

/**
 * The limbs of a double, truncated toward zero (|x| finite).  Integers
 * beyond 2^53 are the 53-bit significand shifted left: exact.
 */
export function magFromDouble(x: number): Int32Array {
  const ax = Math.abs(x);
  if (ax < 9007199254740992.0) return magFromInt(toInt(ax));
  const hi = floatHighWord(ax);
  const lo = floatLowWord(ax);
  const exp = (hi >>> 20) - 1075; // ax = significand * 2^exp
  const sig = ((hi & 0xfffff) + 0x100000) * 4294967296 + lo;
  return shlMag(magFromInt(sig), 3, exp);
}

/**
 * The double nearest to a[0..n) (ties to even, as CPython's int.__float__),
 * or Infinity when it rounds beyond DBL_MAX.
 */
export function magToDouble(a: Int32Array, n: number): number {
  const nb = bitLengthMag(a, n);
  if (nb <= 53) {
    let v = 0.0;
    for (let i = n - 1; i >= 0; i--) v = v * BASE + a[i];
    return v;
  }
  if (nb > 1024) return Infinity;
  // the top 53 bits, the round bit below them, and whether anything below that is set
  let m = bitsAt(a, n, nb - 53, 53);
  const round = bitsAt(a, n, nb - 54, 1);
  if (round === 1 && (lowBitsSet(a, n, nb - 54) || (m & 1) === 1)) m += 1;
  if (nb === 1024 && m === 9007199254740992) return Infinity;
  return ldexp(m * 1.0, nb - 53);
}

/**
 * |a| / |b| correctly rounded (CPython's long_true_divide), b not zero; the
 * caller applies the sign.  Infinity when the quotient rounds beyond DBL_MAX.
 */
export function magTrueDivide(a: Int32Array, na: number, b: Int32Array, nb: number): number {
  if (na === 0) return 0.0;
  const abits = bitLengthMag(a, na);
  const bbits = bitLengthMag(b, nb);
  if (abits <= 53 && bbits <= 53) return magToDouble(a, na) / magToDouble(b, nb);
  const diff = abits - bbits;
  if (diff > 1024) return Infinity;
  if (diff < -1021 - 53 - 1) return 0.0;
  // x = a * 2^-shift: the quotient has 55 or 56 significant bits (fewer when subnormal)
  const shift = Math.max(diff, -1021) - 53 - 2;
  let inexact = false;
  let x: Int32Array;
  if (shift <= 0) x = shlMag(a, na, 0 - shift);
  else {
    x = shrMag(a, na, shift);
    inexact = lowBitsSet(a, na, shift);
  }
  const nx = sizeOf(x, 0, x.length);
  let q: Int32Array;
  let remainder = false;
  if (nb === 1) {
    q = new Int32Array(nx);
    remainder = divSmallInto(x, nx, b[0], q) !== 0;
  } else if (nx < nb) {
    q = new Int32Array(0);
    remainder = nx > 0;
  } else {
    const [qm, rm] = divmodMag(x, nx, b, nb);
    q = qm;
    remainder = sizeOf(rm, 0, nb) > 0;
  }
  if (remainder) inexact = true;
  const nq = sizeOf(q, 0, q.length);
  const xbits = bitLengthMag(q, nq);
  const extra = Math.max(xbits, -1021 - shift) - 53; // 2 or 3
  const mask = 1 << (extra - 1);
  const low = (nq > 0 ? q[0] : 0) | (inexact ? 1 : 0);
  let rounded = low;
  if ((low & mask) !== 0 && (low & (3 * mask - 1)) !== 0) rounded += mask;
  rounded = rounded & ~(2 * mask - 1);
  // q with its low limb rounded is exact as a double (at most 54 significant bits, the low ones 0)
  let dx = 0.0;
  for (let i = nq - 1; i >= 1; i--) dx = dx * BASE + q[i];
  dx = dx * BASE + rounded;
  if (shift + xbits >= 1024 && (shift + xbits > 1024 || dx === ldexp(1.0, xbits))) return Infinity;
  return ldexp(dx, shift);
}
