// Magnitudes for languages/python/bigint.ts: natural numbers as little-endian
// Int32Arrays of 26-bit limbs with a separate count of significant limbs
// (a[0..n), a[n-1] !== 0; the limbs above n, if the array has any, are 0).
// The functions return fresh arrays, sized for the largest result, whose
// top limbs may be 0: callers take sizeOf() of what they get.  Arguments
// are never changed (the *Into functions write only into their first
// array).
import { intDiv, toFloat, toInt } from "rts/rlib";

/**
 * Limbs are 26 bits.  The widest intermediate of the inner loops is a limb
 * product plus a limb plus a carry: (2^26-1)^2 + 2 * 2^26 <= 2^52, so Node's
 * doubles hold it exactly and the translated int64 arithmetic never leaves
 * ±2^53 (27-bit limbs would make a product alone 2^54).  Sums and
 * differences of two limbs with a carry stay within int32, where `& MASK`
 * and `>> SHIFT` split them (JavaScript's bit operators are int32); the low
 * limb of a wider value is `& MASK` too (ToInt32 keeps the low 32 bits), its
 * carry `intDiv(t, BASE)` (a C division by a constant).  Knuth D's two-limb
 * numerator (< 2^52) and the radix conversions' chunk products (a chunk
 * < 2^27 times 2^26 plus a carry) fit as well.  (24-bit limbs would leave
 * room to defer carries, but cost 8% more limbs and 17% more products.)
 *
 * Int32Array rather than number[]: translated, a typed array's items sit in
 * the object (a list's behind a pointer, grown item by item when made), and
 * the linear loops run about 3x faster (a limb times a small int: 0.8 ns
 * per limb against 2.5).
 *
 * The translator keeps an int an int only where it can tell the program
 * never makes -0 (docs/rts.md): a product of two ints is an int when both
 * are known non-negative, and Int32Array items are not known to be.  So
 * every limb that enters a product is read as `a[i] & MASK` (one AND, which
 * also tells the translator's range analysis that the product needs no
 * overflow check), and the other factor is such a limb or a value built
 * from them by sums, products, `intDiv`, `%` or `>>>` (a plain difference
 * would make the product a double).
 */
export const SHIFT = 26;
export const BASE = 67108864;
export const MASK = 67108863;
/**
 * Carries of limb products are below 2^26; `& CARRY` (a no-op) tells the
 * translator's range analysis so, and the next product-plus-carry is then
 * proven below 2^53: no overflow checks, and the C compiler sees a
 * non-negative value divided by 2^26 (a shift).
 */
export const CARRY = 0x7ffffff;

/**
 * Below this many limbs (the shorter operand) multiplication is schoolbook,
 * and below SQUARE_CUTOFF squaring (which does half the products).
 * Measured translated (-O2, x86-64, best of 15 runs of n-limb products with
 * cutoffs 24..64): 32 and 48 are best or tied at every n from 32 to 1300
 * limbs; Karatsuba is 1.5x faster than schoolbook at 64 limbs, 2x at 256.
 */
export const KARATSUBA_CUTOFF = 32;
export const SQUARE_CUTOFF = 48;

/** The number of significant limbs of a[off..off+n): n without the zero limbs on top. */
export function sizeOf(a: Int32Array, off: number, n: number): number {
  let k = n;
  while (k > 0 && a[off + k - 1] === 0) k--;
  return k;
}

/** The limbs of a non-negative integer n < 2^63 (exact when n is a double or an int of the translated program). */
export function magFromInt(n: number): Int32Array {
  const r = new Int32Array(3);
  let m = n;
  for (let i = 0; m > 0; i++) {
    r[i] = m & MASK;
    m = intDiv(m, BASE);
  }
  return r;
}

/** The value of a[0..n) when below 2^53 (exact). */
export function magToInt(a: Int32Array, n: number): number {
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * BASE + (a[i] & MASK);
  return v;
}

export function bitLengthMag(a: Int32Array, n: number): number {
  if (n === 0) return 0;
  return (n - 1) * SHIFT + (32 - Math.clz32(a[n - 1]));
}

export function cmpMag(a: Int32Array, na: number, b: Int32Array, nb: number): number {
  if (na !== nb) return na < nb ? -1 : 1;
  for (let i = na - 1; i >= 0; i--) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** a[aoff..aoff+na) + b[boff..boff+nb), in max(na, nb) + 1 limbs. */
export function addMag(a: Int32Array, aoff: number, na: number, b: Int32Array, boff: number, nb: number): Int32Array {
  if (na < nb) return addMag(b, boff, nb, a, aoff, na);
  const r = new Int32Array(na + 1);
  let carry = 0;
  let i = 0;
  for (; i < nb; i++) {
    const t = a[aoff + i] + b[boff + i] + carry;
    r[i] = t & MASK;
    carry = t >>> SHIFT;
  }
  for (; i < na; i++) {
    const t = a[aoff + i] + carry;
    r[i] = t & MASK;
    carry = t >>> SHIFT;
  }
  r[na] = carry;
  return r;
}

/** a - b for a >= b, in na limbs. */
export function subMag(a: Int32Array, na: number, b: Int32Array, nb: number): Int32Array {
  const r = new Int32Array(na);
  let borrow = 0;
  let i = 0;
  for (; i < nb; i++) {
    const t = a[i] - b[i] + borrow;
    r[i] = t & MASK;
    borrow = t >> SHIFT;
  }
  for (; i < na; i++) {
    const t = a[i] + borrow;
    r[i] = t & MASK;
    borrow = t >> SHIFT;
  }
  return r;
}

/** a + d for 0 <= d < 2^26, in na + 1 limbs. */
export function addSmallMag(a: Int32Array, na: number, d: number): Int32Array {
  const r = new Int32Array(na + 1);
  let carry = d;
  for (let i = 0; i < na; i++) {
    const t = a[i] + carry;
    r[i] = t & MASK;
    carry = t >>> SHIFT;
  }
  r[na] = carry;
  return r;
}

/** a - d for 0 <= d < 2^26, d <= a, in na limbs. */
export function subSmallMag(a: Int32Array, na: number, d: number): Int32Array {
  const r = new Int32Array(na);
  let borrow = 0 - d;
  for (let i = 0; i < na; i++) {
    const t = a[i] + borrow;
    r[i] = t & MASK;
    borrow = t >> SHIFT;
  }
  return r;
}

/** a * m + c for 0 <= m, c < 2^26, in na + 1 limbs. */
export function mulSmallMag(a: Int32Array, na: number, m: number, c: number): Int32Array {
  const r = new Int32Array(na + 1);
  const y = m & MASK;
  let carry = c & MASK;
  for (let i = 0; i < na; i++) {
    const t = (a[i] & MASK) * y + carry;
    r[i] = t & MASK;
    carry = intDiv(t, BASE) & CARRY;
  }
  r[na] = carry;
  return r;
}

/** r[roff..] += x[0..xn), in place (r has room for the sum). */
function addInto(r: Int32Array, roff: number, x: Int32Array, xn: number): void {
  let carry = 0;
  let i = 0;
  for (; i < xn; i++) {
    const t = r[roff + i] + x[i] + carry;
    r[roff + i] = t & MASK;
    carry = t >>> SHIFT;
  }
  for (let k = roff + i; carry !== 0; k++) {
    const t = r[k] + carry;
    r[k] = t & MASK;
    carry = t >>> SHIFT;
  }
}

/** t[0..tn) -= x[xoff..xoff+xn), in place (t >= x). */
function subInto(t: Int32Array, tn: number, x: Int32Array, xoff: number, xn: number): void {
  let borrow = 0;
  let i = 0;
  for (; i < xn; i++) {
    const d = t[i] - x[xoff + i] + borrow;
    t[i] = d & MASK;
    borrow = d >> SHIFT;
  }
  for (; borrow !== 0 && i < tn; i++) {
    const d = t[i] + borrow;
    t[i] = d & MASK;
    borrow = d >> SHIFT;
  }
}

/** r[roff..] += a[aoff..aoff+na) * b[boff..boff+nb), row by row (r has room for the sum). */
function mulSchoolInto(r: Int32Array, roff: number, a: Int32Array, aoff: number, na: number, b: Int32Array, boff: number, nb: number): void {
  for (let i = 0; i < nb; i++) {
    const y = b[boff + i] & MASK;
    if (y === 0) continue;
    const ri = roff + i;
    let carry = 0;
    for (let j = 0; j < na; j++) {
      const t = (r[ri + j] & MASK) + (a[aoff + j] & MASK) * y + carry;
      r[ri + j] = t & MASK;
      carry = intDiv(t, BASE) & CARRY;
    }
    for (let k = ri + na; carry !== 0; k++) {
      const t = (r[k] & MASK) + carry;
      r[k] = t & MASK;
      carry = t >>> SHIFT;
    }
  }
}

/** r[roff..roff+2n) = a[aoff..aoff+n)^2, that region of r being 0: each cross product once, doubled, then the squares. */
function sqrSchoolInto(r: Int32Array, roff: number, a: Int32Array, aoff: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const y = a[aoff + i] & MASK;
    if (y === 0) continue;
    const ri = roff + 2 * i;
    let carry = 0;
    for (let j = i + 1; j < n; j++) {
      const t = (r[ri + j - i] & MASK) + (a[aoff + j] & MASK) * y + carry;
      r[ri + j - i] = t & MASK;
      carry = intDiv(t, BASE) & CARRY;
    }
    r[roff + i + n] = carry;
  }
  let carry = 0;
  for (let i = 0; i < n; i++) {
    const y = a[aoff + i] & MASK;
    const sq = y * y;
    const k = roff + 2 * i;
    const lo = (r[k] & MASK) * 2 + (sq & MASK) + carry;
    r[k] = lo & MASK;
    const hi = (r[k + 1] & MASK) * 2 + intDiv(sq, BASE) + (lo >>> SHIFT);
    r[k + 1] = hi & MASK;
    carry = hi >>> SHIFT;
  }
}

/**
 * r[roff..roff+na+nb) = a[aoff..aoff+na) * b[boff..boff+nb), that region
 * of r being 0: schoolbook, Karatsuba, or slices of the longer operand.
 */
function mulInto(r: Int32Array, roff: number, a: Int32Array, aoff: number, na0: number, b: Int32Array, boff: number, nb0: number): void {
  const na = sizeOf(a, aoff, na0);
  const nb = sizeOf(b, boff, nb0);
  if (na < nb) {
    mulInto(r, roff, b, boff, nb, a, aoff, na);
    return;
  }
  if (nb === 0) return;
  const square = a === b && aoff === boff && na === nb;
  if (square && na < SQUARE_CUTOFF) {
    sqrSchoolInto(r, roff, a, aoff, na);
    return;
  }
  if (nb < KARATSUBA_CUTOFF) {
    mulSchoolInto(r, roff, a, aoff, na, b, boff, nb);
    return;
  }
  if (2 * nb <= na) {
    // b times each nb-limb slice of a (CPython's k_lopsided_mul)
    const t = new Int32Array(2 * nb);
    for (let off = 0; off < na; off += nb) {
      const n = Math.min(nb, na - off);
      t.fill(0);
      mulInto(t, 0, a, aoff + off, n, b, boff, nb);
      addInto(r, roff + off, t, sizeOf(t, 0, n + nb));
    }
    return;
  }
  // Karatsuba: a = a1 B^k + a0, b = b1 B^k + b0 (nb > k since 2 nb > na)
  const k = na >> 1;
  mulInto(r, roff, a, aoff, k, b, boff, k); // a0 b0
  mulInto(r, roff + 2 * k, a, aoff + k, na - k, b, boff + k, nb - k); // a1 b1
  const sa = addMag(a, aoff, k, a, aoff + k, na - k);
  const sb = square ? sa : addMag(b, boff, k, b, boff + k, nb - k);
  const t = new Int32Array(sa.length + sb.length);
  mulInto(t, 0, sa, 0, sa.length, sb, 0, sb.length);
  const tn = sizeOf(t, 0, t.length);
  subInto(t, tn, r, roff, 2 * k);
  subInto(t, tn, r, roff + 2 * k, na + nb - 2 * k);
  addInto(r, roff + k, t, sizeOf(t, 0, tn));
}

/** a * b, in na + nb limbs (a === b with na === nb: squaring). */
export function mulMag(a: Int32Array, na: number, b: Int32Array, nb: number): Int32Array {
  if (nb === 1) return mulSmallMag(a, na, b[0], 0);
  if (na === 1) return mulSmallMag(b, nb, a[0], 0);
  const r = new Int32Array(na + nb);
  mulInto(r, 0, a, 0, na, b, 0, nb);
  return r;
}

/** q = a // d (q has na limbs), returning a % d, for 0 < d < 2^26. */
export function divSmallInto(a: Int32Array, na: number, d: number, q: Int32Array): number {
  const dd = d & MASK;
  let rem = 0;
  for (let i = na - 1; i >= 0; i--) {
    const cur = rem * BASE + (a[i] & MASK);
    q[i] = intDiv(cur, dd);
    rem = cur % dd; // (the C compiler makes one division of the two)
  }
  return rem;
}

/** a[0..na) << s (0 <= s < 26) into a fresh array of len limbs (len >= na + 1, or na when the top bits shifted out are 0). */
function shlFixed(a: Int32Array, na: number, s: number, len: number): Int32Array {
  const r = new Int32Array(len);
  let carry = 0;
  for (let i = 0; i < na; i++) {
    const x = a[i];
    r[i] = ((x << s) & MASK) + carry;
    carry = x >>> (SHIFT - s);
  }
  if (na < len) r[na] = carry;
  return r;
}

/**
 * [a // b, a % b] for a >= b and b of two limbs or more: Knuth's algorithm
 * D (TAOCP 4.3.1).  The quotient has na - nb + 1 limbs, the remainder nb.
 */
export function divmodMag(a: Int32Array, na: number, b: Int32Array, nb: number): [Int32Array, Int32Array] {
  if (na <= nb + 1) {
    const r = divmodOneLimbQuotient(a, na, b, nb);
    if (r !== null) return r;
  }
  const n = nb;
  const m = na - nb;
  const s = Math.clz32(b[n - 1]) - (32 - SHIFT);
  const v = shlFixed(b, nb, s, n);
  const u = shlFixed(a, na, s, na + 1);
  const q = new Int32Array(m + 1);
  const vtop = v[n - 1] & MASK;
  const vnext = v[n - 2] & MASK;
  for (let j = m; j >= 0; j--) {
    const num = (u[j + n] & MASK) * BASE + (u[j + n - 1] & MASK);
    let qhat = intDiv(num, vtop);
    let rhat = num - qhat * vtop;
    while (qhat >= BASE || qhat * vnext > rhat * BASE + u[j + n - 2]) {
      qhat = (qhat - 1) >>> 0; // (>>> 0: visibly non-negative, see above)
      rhat += vtop;
      if (rhat >= BASE) break;
    }
    if (qhat > 0) {
      // u[j..j+n] -= qhat * v (qhat < BASE here: `& MASK` is for the range analysis)
      const qd = qhat & MASK;
      let carry = 0;
      let borrow = 0;
      for (let i = 0; i < n; i++) {
        const p = qd * (v[i] & MASK) + carry;
        carry = intDiv(p, BASE) & CARRY;
        const t = u[i + j] - (p & MASK) + borrow;
        u[i + j] = t & MASK;
        borrow = t >> SHIFT;
      }
      const top = u[j + n] - carry + borrow;
      u[j + n] = top & MASK;
      if (top < 0) {
        // qhat was one too big (rare): add v back, dropping the carry out of the top
        qhat = (qhat - 1) >>> 0;
        let c = 0;
        for (let i = 0; i < n; i++) {
          const t = u[i + j] + v[i] + c;
          u[i + j] = t & MASK;
          c = t >>> SHIFT;
        }
        u[j + n] = (u[j + n] + c) & MASK;
      }
    }
    q[j] = qhat;
  }
  // the remainder is u[0..n) >> s
  const r = new Int32Array(n);
  for (let i = 0; i < n; i++) r[i] = (u[i] >>> s) + ((u[i + 1] << (SHIFT - s)) & MASK);
  return [q, r];
}

/**
 * divmodMag when the quotient is one limb (a has at most one limb more than
 * b): the quotient estimated from the top limbs as doubles — b's top three
 * are at least 2^52, so the estimate of a quotient below 2^26 is off by at
 * most one — then a - q * b in one pass, corrected by adding or
 * subtracting b.  Knuth D would shift both operands (two passes and two
 * arrays) for its one step; pidigits divides so at every digit.  Null when
 * the quotient may not fit one limb.
 */
function divmodOneLimbQuotient(a: Int32Array, na: number, b: Int32Array, nb: number): [Int32Array, Int32Array] | null {
  const lo = nb >= 3 ? nb - 3 : 0;
  let bt = toFloat(0);
  for (let i = nb - 1; i >= lo; i--) bt = bt * BASE + toFloat(b[i] & MASK);
  let at = toFloat(0);
  for (let i = na - 1; i >= lo; i--) at = at * BASE + toFloat(a[i] & MASK);
  const est = Math.floor(at / bt);
  if (!(est < BASE - 2)) return null;
  let q = toInt(est) & MASK;
  // r = a - q * b: nb limbs and the top one (negative when q was one too big)
  const r = new Int32Array(nb);
  let carry = 0;
  let borrow = 0;
  for (let i = 0; i < nb; i++) {
    const p = q * (b[i] & MASK) + carry;
    carry = intDiv(p, BASE) & CARRY;
    const t = (i < na ? a[i] : 0) - (p & MASK) + borrow;
    r[i] = t & MASK;
    borrow = t >> SHIFT;
  }
  let top = (nb < na ? a[nb] : 0) - carry + borrow;
  while (top < 0) {
    // one too big: add b back
    let c = 0;
    for (let i = 0; i < nb; i++) {
      const t = r[i] + b[i] + c;
      r[i] = t & MASK;
      c = t >>> SHIFT;
    }
    top += c;
    q--;
  }
  while (top > 0 || cmpMag(r, sizeOf(r, 0, nb), b, nb) >= 0) {
    // one too small: subtract b
    let br = 0;
    for (let i = 0; i < nb; i++) {
      const t = r[i] - b[i] + br;
      r[i] = t & MASK;
      br = t >> SHIFT;
    }
    top += br;
    q++;
  }
  const quotient = new Int32Array(na - nb + 1);
  quotient[0] = q;
  return [quotient, r];
}

/** a << bits. */
export function shlMag(a: Int32Array, na: number, bits: number): Int32Array {
  const limbs = intDiv(bits, SHIFT);
  const s = bits - limbs * SHIFT;
  const r = new Int32Array(na + limbs + 1);
  let carry = 0;
  for (let i = 0; i < na; i++) {
    const x = a[i];
    r[i + limbs] = ((x << s) & MASK) + carry;
    carry = x >>> (SHIFT - s);
  }
  r[na + limbs] = carry;
  return r;
}

/** a >> bits (truncating). */
export function shrMag(a: Int32Array, na: number, bits: number): Int32Array {
  const limbs = intDiv(bits, SHIFT);
  if (limbs >= na) return new Int32Array(0);
  const s = bits - limbs * SHIFT;
  const n = na - limbs;
  const r = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const hi = i + limbs + 1 < na ? a[i + limbs + 1] : 0;
    r[i] = (a[i + limbs] >>> s) + ((hi << (SHIFT - s)) & MASK);
  }
  return r;
}

/** Whether any of the low `bits` bits of a is set. */
export function lowBitsSet(a: Int32Array, na: number, bits: number): boolean {
  const limbs = intDiv(bits, SHIFT);
  for (let i = 0; i < limbs && i < na; i++) if (a[i] !== 0) return true;
  if (limbs >= na) return false;
  const s = bits - limbs * SHIFT;
  return (a[limbs] & ((1 << s) - 1)) !== 0;
}

/** The integer formed by bits [from, from + count) of a, count <= 53 (exact). */
export function bitsAt(a: Int32Array, na: number, from: number, count: number): number {
  let v = 0;
  let scale = 1;
  let pos = from;
  let left = count;
  while (left > 0) {
    const limb = intDiv(pos, SHIFT);
    const s = pos - limb * SHIFT;
    const take = Math.min(SHIFT - s, left);
    const x = limb < na ? (a[limb] >>> s) & ((1 << take) - 1) : 0;
    v += x * scale;
    scale *= 1 << take;
    pos += take;
    left -= take;
  }
  return v;
}

/** P * u - Q * v for 0 <= P, Q < 2^26, when the caller knows it is not negative. */
function linComb(p: number, u: Int32Array, nu: number, q: number, v: Int32Array, nv: number): Int32Array {
  const n = Math.max(nu, nv);
  const r = new Int32Array(n);
  const pp = p & MASK;
  const qq = q & MASK;
  let carry = 0;
  for (let i = 0; i < n; i++) {
    const x = i < nu ? u[i] & MASK : 0;
    const y = i < nv ? v[i] & MASK : 0;
    const t = pp * x - qq * y + carry;
    const low = t & MASK;
    r[i] = low;
    carry = intDiv(t - low, BASE);
  }
  return r;
}

/** Bits [from, from + 52) of a[0..na) (0 where a is shorter), as an int. */
function bits52(a: Int32Array, na: number, from: number): number {
  const l = intDiv(from, SHIFT);
  const s = from - l * SHIFT;
  const lo = (l < na ? a[l] : 0) >>> s;
  const mid = l + 1 < na ? a[l + 1] & MASK : 0;
  const hi = ((l + 2 < na ? a[l + 2] : 0) & ((1 << s) - 1)) >>> 0;
  const p = (1 << (SHIFT - s)) >>> 0;
  return lo + mid * p + hi * p * BASE;
}

/**
 * gcd(a, b) of magnitudes with a >= b, in limbs: Lehmer's algorithm as
 * CPython's _PyLong_GCD does it — the top 52 bits of a and the same bits of
 * b simulate Euclid's steps while the quotients are certain (Jebelean's
 * condition), with cofactors below 2^26, then a, b = the cofactors'
 * combinations of a and b — and Euclid on numbers once a has 2 limbs.
 */
export function gcdMag(a0: Int32Array, na0: number, b0: Int32Array, nb0: number): Int32Array {
  let a = a0;
  let na = na0;
  let b = b0;
  let nb = nb0;
  while (na > 2) {
    if (nb === 0) return a;
    const from = bitLengthMag(a, na) - 52;
    let x = bits52(a, na, from);
    let y = bits52(b, nb, from);
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    let k = 0;
    for (; ; k++) {
      // (the guards beyond CPython's only stop early, which is always sound:
      // they keep every product below 2^53 and the cofactors below 2^26)
      if (y - C <= 0) break;
      const q = intDiv(x + (A - 1), y - C);
      if (q > intDiv(x, D) || q > intDiv(x, y)) break; // then s > t: q * D > x >= t, or t < 0
      const s = B + q * D;
      const t = x - q * y;
      if (s > t || s > MASK) break;
      if (C !== 0 && q > intDiv(MASK - A, C)) break;
      x = y;
      y = t;
      const d = A + q * C;
      A = D;
      B = C;
      C = s;
      D = d;
    }
    if (k === 0) {
      // no progress: one Euclid step
      let r: Int32Array;
      if (nb === 1) {
        const q = new Int32Array(na);
        r = magFromInt(divSmallInto(a, na, b[0], q));
      } else r = divmodMag(a, na, b, nb)[1];
      a = b;
      na = nb;
      b = r;
      nb = sizeOf(r, 0, r.length);
      continue;
    }
    // a, b = A*a - B*b, D*b - C*a (k even) or A*b - B*a, D*a - C*b (k odd)
    const c = (k & 1) === 0 ? linComb(A, a, na, B, b, nb) : linComb(A, b, nb, B, a, na);
    const d = (k & 1) === 0 ? linComb(D, b, nb, C, a, na) : linComb(D, a, na, C, b, nb);
    a = c;
    na = sizeOf(c, 0, c.length);
    b = d;
    nb = sizeOf(d, 0, d.length);
  }
  let x = magToInt(a, na);
  let y = magToInt(b, nb);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return magFromInt(x);
}
