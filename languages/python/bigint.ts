// Arbitrary-precision integers for the Python interpreter, with CPython
// 3.11's semantics: floor division and modulo, infinite two's complement
// bitwise operators, correctly rounded int -> float and int / int, hash()
// modulo 2^61 - 1.  Immutable: every operation returns a new BigNum (or one
// of its operands).  The interpreter keeps small ints as numbers and comes
// here when an operation leaves ±2^53 (BigNum.fromInt(a).mul(BigNum.fromInt(b))),
// going back with fitsSmall() / toNumber().
//
// A BigNum is a sign and a magnitude: `size` little-endian 26-bit limbs in
// an Int32Array (bigint-mag.ts says why 26 bits and why a typed array),
// normalized: limbs[size - 1] !== 0, the limbs above size (if the array
// is longer) are 0, zero is non-negative with size 0.  The algorithms live in
// bigint-mag.ts (add, sub, schoolbook and Karatsuba multiplication and
// squaring, Knuth's division, shifts), bigint-conv.ts (radix strings,
// doubles, true division) and bigint-bits.ts (and/or/xor).
import { intDiv } from "rts/rlib";
import {
  SHIFT, addMag, addSmallMag, bitLengthMag, cmpMag, divSmallInto, divmodMag, gcdMag, lowBitsSet, magFromInt, magToInt, mulMag, shlMag, shrMag, sizeOf,
  subMag, subSmallMag,
} from "./bigint-mag.ts";
import { magFromDouble, magFromString, magToDouble, magToString, magTrueDivide } from "./bigint-conv.ts";
import { AND, OR, XOR, bitwiseMag, negativeResult } from "./bigint-bits.ts";

/** Division or modulo by zero: the interpreter raises ZeroDivisionError with the message. */
export class BigNumZeroDivision extends Error {}
/** A result a double cannot hold (the interpreter's OverflowError), with CPython's message. */
export class BigNumOverflow extends Error {}
/** A bad argument (the interpreter's ValueError), with CPython's message. */
export class BigNumValueError extends Error {}

/** The largest magnitude fitsSmall() accepts: 2^53 - 1, the ints a double holds with their neighbours. */
export const SMALL_MAX = 9007199254740991;

/** 2^61 - 1, CPython's modulus for hash() of numbers (_PyHASH_MODULUS), in limbs. */
const HASH_MODULUS = new Int32Array([67108863, 67108863, 511]);

export class BigNum {
  static readonly ZERO: BigNum = new BigNum(false, new Int32Array(0), 0);
  static readonly ONE: BigNum = new BigNum(false, new Int32Array([1]), 1);

  /**
   * Use the factories (fromInt, fromString, ...): the constructor keeps
   * the array it gets (never copied, never changed afterwards).
   */
  constructor(
    readonly negative: boolean,
    /** little-endian magnitude, 26-bit limbs; limbs[size..] are 0 */
    readonly limbs: Int32Array,
    /** the number of significant limbs */
    readonly size: number,
  ) {}

  // ---- construction ----------------------------------------------------------------------

  /** An integer value (exact for |n| <= 2^53; any integral n < 2^63 works). */
  static fromInt(n: number): BigNum {
    if (n === 0) return BigNum.ZERO;
    return n < 0 ? make(true, magFromInt(0 - n)) : make(false, magFromInt(n));
  }

  /** int(x) of a finite double: truncation toward zero, exact for any size (1e300 too). */
  static fromDouble(x: number): BigNum {
    if (Number.isNaN(x)) throw new BigNumValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw new BigNumOverflow("cannot convert float infinity to integer");
    return make(x < 0, magFromDouble(x));
  }

  /**
   * Digits in radix 2..36 (either case), with an optional sign; the caller
   * has dealt with Python's spaces, underscores and prefixes.  A string
   * without digits or with a character that is no digit in the radix is
   * BigNumValueError.  (Quadratic in the length but for powers of two.)
   */
  static fromString(s: string, radix: number = 10): BigNum {
    if (radix < 2 || radix > 36) throw new BigNumValueError("int() base must be >= 2 and <= 36, or 0");
    let from = 0;
    let negative = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      negative = s.startsWith("-");
      from = 1;
    }
    const mag = from < s.length ? magFromString(s, from, s.length, radix) : null;
    if (mag === null) throw new BigNumValueError(`invalid literal for int() with base ${radix}: '${s}'`);
    return make(negative, mag);
  }

  // ---- conversion ------------------------------------------------------------------------

  /** The digits in radix 2..36, lowercase, with a leading "-" when negative (no prefix). */
  toString(radix: number = 10): string {
    if (radix < 2 || radix > 36) throw new BigNumValueError("radix must be in 2..36");
    return magToString(this.limbs, this.size, radix, this.negative);
  }

  /** Whether |this| <= SMALL_MAX. */
  fitsSmall(): boolean {
    return this.size <= 2 || bitLengthMag(this.limbs, this.size) <= 53;
  }

  /** The value as a number; BigNumOverflow unless fitsSmall(). */
  toNumber(): number {
    if (!this.fitsSmall()) throw new BigNumOverflow("int too large to convert to a small int");
    const v = magToInt(this.limbs, this.size);
    return this.negative ? 0 - v : v;
  }

  /** float(self): the nearest double, ties to even; BigNumOverflow beyond DBL_MAX. */
  toFloat(): number {
    const v = magToDouble(this.limbs, this.size);
    if (v === Infinity) throw new BigNumOverflow("int too large to convert to float");
    return this.negative ? -v : v;
  }

  // ---- comparison ------------------------------------------------------------------------

  /** -1, 0 or 1. */
  sign(): number {
    return this.size === 0 ? 0 : this.negative ? -1 : 1;
  }

  isZero(): boolean {
    return this.size === 0;
  }

  /** -1, 0 or 1 as this <, ==, > other. */
  compare(other: BigNum): number {
    if (this.negative !== other.negative) return this.negative ? -1 : 1;
    const c = cmpMag(this.limbs, this.size, other.limbs, other.size);
    return this.negative ? 0 - c : c;
  }

  equals(other: BigNum): boolean {
    return this.negative === other.negative && cmpMag(this.limbs, this.size, other.limbs, other.size) === 0;
  }

  /** -1, 0 or 1 as this <, ==, > x, compared exactly (CPython's int/float comparison); x must not be NaN. */
  compareFloat(x: number): number {
    if (x === Infinity) return -1;
    if (x === -Infinity) return 1;
    const c = this.compare(BigNum.fromDouble(x));
    if (c !== 0) return c;
    const frac = x - Math.trunc(x);
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
  }

  // ---- arithmetic ------------------------------------------------------------------------

  neg(): BigNum {
    return this.size === 0 ? this : new BigNum(!this.negative, this.limbs, this.size);
  }

  abs(): BigNum {
    return this.negative ? new BigNum(false, this.limbs, this.size) : this;
  }

  add(other: BigNum): BigNum {
    return addSigned(this.negative, this, other.negative, other);
  }

  sub(other: BigNum): BigNum {
    return addSigned(this.negative, this, !other.negative, other);
  }

  mul(other: BigNum): BigNum {
    if (this.size === 0 || other.size === 0) return BigNum.ZERO;
    return make(this.negative !== other.negative, mulMag(this.limbs, this.size, other.limbs, other.size));
  }

  /** this * this (squaring: about half the limb products). */
  square(): BigNum {
    return make(false, mulMag(this.limbs, this.size, this.limbs, this.size));
  }

  /** [this // other, this % other] with Python's floor semantics: the remainder has the divisor's sign. */
  divmod(other: BigNum): [BigNum, BigNum] {
    if (other.size === 0) throw new BigNumZeroDivision("integer division or modulo by zero");
    return floorDivmod(this, other);
  }

  /** this // other (floor). */
  floorDiv(other: BigNum): BigNum {
    if (other.size === 0) throw new BigNumZeroDivision("integer division or modulo by zero");
    return floorDivmod(this, other)[0];
  }

  /** this % other (the sign of other). */
  mod(other: BigNum): BigNum {
    if (other.size === 0) throw new BigNumZeroDivision("integer modulo by zero");
    return floorDivmod(this, other)[1];
  }

  /** this / other, correctly rounded (CPython's long_true_divide); -0.0 for a zero quotient of opposite signs. */
  trueDiv(other: BigNum): number {
    if (other.size === 0) throw new BigNumZeroDivision("division by zero");
    const v = magTrueDivide(this.limbs, this.size, other.limbs, other.size);
    if (v === Infinity) throw new BigNumOverflow("integer division result too large for a float");
    return this.negative !== other.negative ? -v : v;
  }

  /** this ** exp for exp >= 0 (a negative exp is the caller's float power). */
  pow(exp: BigNum): BigNum {
    if (exp.negative) throw new BigNumValueError("negative exponent");
    if (exp.size === 0) return BigNum.ONE;
    if (this.size === 0) return BigNum.ZERO;
    const odd = (exp.limbs[0] & 1) === 1;
    if (this.size === 1 && this.limbs[0] === 1) return this.negative && odd ? this : BigNum.ONE;
    if (!exp.fitsSmall()) throw new BigNumOverflow("exponent too large");
    return this.powInt(exp.toNumber());
  }

  /** this ** e for a number e >= 0: left-to-right binary exponentiation (a power of two: a shift). */
  powInt(e: number): BigNum {
    if (e < 0) throw new BigNumValueError("negative exponent");
    if (e === 0) return BigNum.ONE;
    if (this.size === 0) return BigNum.ZERO;
    const negative = this.negative && (e & 1) === 1;
    const nb = bitLengthMag(this.limbs, this.size);
    if (!lowBitsSet(this.limbs, this.size, nb - 1)) return make(negative, shlMag(ONE_LIMB, 1, Math.max(nb - 1, 0) * e));
    let bit = 1;
    while (bit * 2 <= e) bit *= 2;
    let r = this.limbs;
    let n = this.size;
    for (bit = intDiv(bit, 2); bit > 0; bit = intDiv(bit, 2)) {
      r = mulMag(r, n, r, n);
      n = sizeOf(r, 0, r.length);
      if ((intDiv(e, bit) & 1) === 1) {
        r = mulMag(r, n, this.limbs, this.size);
        n = sizeOf(r, 0, r.length);
      }
    }
    return new BigNum(negative, r, n);
  }

  /**
   * pow(this, exp, mod): the result has mod's sign (or is 0); a negative exp
   * uses the inverse of this modulo mod (BigNumValueError when there is none,
   * and for mod == 0), as CPython 3.8+.
   */
  powMod(exp: BigNum, mod: BigNum): BigNum {
    if (mod.size === 0) throw new BigNumValueError("pow() 3rd argument cannot be 0");
    const m = mod.abs();
    let base = this.mod(m);
    if (exp.negative) base = inverseMod(base, m);
    if (m.size === 1 && m.limbs[0] === 1) return BigNum.ZERO;
    const e = exp.limbs;
    const nbits = bitLengthMag(e, exp.size);
    let r = BigNum.ONE;
    if (nbits <= 8 * SHIFT) {
      // left-to-right binary
      for (let i = nbits - 1; i >= 0; i--) {
        r = remainder(r.square(), m);
        if (bitAt(e, i) === 1) r = remainder(r.mul(base), m);
      }
    } else {
      // 5 bits at a time (CPython's FIVEARY_CUTOFF): a table of base^0..base^31
      const table: BigNum[] = [BigNum.ONE];
      for (let i = 1; i < 32; i++) table.push(remainder(table[i - 1].mul(base), m));
      for (let i = nbits - 1 - ((nbits - 1) % 5); i >= 0; i -= 5) {
        if (r.size > 1 || r.limbs[0] !== 1) for (let j = 0; j < 5; j++) r = remainder(r.square(), m);
        let w = 0;
        for (let j = 4; j >= 0; j--) w = w * 2 + bitAt(e, i + j);
        if (w !== 0) r = remainder(r.mul(table[w]), m);
      }
    }
    if (mod.negative && r.size > 0) return r.sub(m);
    return r;
  }

  /** math.gcd(this, other): non-negative (Lehmer's algorithm, bigint-mag.ts). */
  gcd(other: BigNum): BigNum {
    if (cmpMag(this.limbs, this.size, other.limbs, other.size) < 0) return make(false, gcdMag(other.limbs, other.size, this.limbs, this.size));
    return make(false, gcdMag(this.limbs, this.size, other.limbs, other.size));
  }

  // ---- bits ------------------------------------------------------------------------------

  /** int.bit_length(): the number of bits of |this|. */
  bitLength(): number {
    return bitLengthMag(this.limbs, this.size);
  }

  /** this << n (n >= 0). */
  shl(n: number): BigNum {
    if (n < 0) throw new BigNumValueError("negative shift count");
    if (this.size === 0) return this;
    return make(this.negative, shlMag(this.limbs, this.size, n));
  }

  /** this >> n (n >= 0): floor(this / 2^n), so negative numbers go toward -infinity. */
  shr(n: number): BigNum {
    if (n < 0) throw new BigNumValueError("negative shift count");
    if (!this.negative) return make(false, shrMag(this.limbs, this.size, n));
    // -a >> n == -(((a - 1) >> n) + 1)
    const m1 = subSmallMag(this.limbs, this.size, 1);
    const q = shrMag(m1, sizeOf(m1, 0, m1.length), n);
    return make(true, addSmallMag(q, sizeOf(q, 0, q.length), 1));
  }

  and(other: BigNum): BigNum {
    return bitwise(AND, this, other);
  }

  or(other: BigNum): BigNum {
    return bitwise(OR, this, other);
  }

  xor(other: BigNum): BigNum {
    return bitwise(XOR, this, other);
  }

  /** ~this == -this - 1. */
  invert(): BigNum {
    if (this.negative) return make(false, subSmallMag(this.limbs, this.size, 1));
    return make(true, addSmallMag(this.limbs, this.size, 1));
  }

  // ---- hash ------------------------------------------------------------------------------

  /**
   * hash(self) as CPython computes it for ints: |self| mod 2^61 - 1 with
   * self's sign, -1 becoming -2.  A BigNum since it may exceed 2^53.
   */
  hash(): BigNum {
    const r = remainder(this.abs(), HASH);
    if (this.negative && r.size === 1 && r.limbs[0] === 1) return BigNum.fromInt(-2);
    return this.negative ? r.neg() : r;
  }
}

/** Bit i of a magnitude (0 beyond its limbs). */
function bitAt(a: Int32Array, i: number): number {
  const limb = intDiv(i, SHIFT);
  return limb < a.length ? (a[limb] >>> (i - limb * SHIFT)) & 1 : 0;
}

const ONE_LIMB = new Int32Array([1]);
const EMPTY = new Int32Array(0);
const HASH = new BigNum(false, HASH_MODULUS, 3);

/** A BigNum of limbs whose top ones may be 0; zero is never negative. */
function make(negative: boolean, limbs: Int32Array): BigNum {
  const n = sizeOf(limbs, 0, limbs.length);
  if (n === 0) return BigNum.ZERO;
  return new BigNum(negative, limbs, n);
}

/** (an ? -|a| : |a|) + (bn ? -|b| : |b|). */
function addSigned(an: boolean, a: BigNum, bn: boolean, b: BigNum): BigNum {
  if (b.size === 0) return an === a.negative ? a : a.neg();
  if (a.size === 0) return bn === b.negative ? b : b.neg();
  if (an === bn) return make(an, addMag(a.limbs, 0, a.size, b.limbs, 0, b.size));
  const c = cmpMag(a.limbs, a.size, b.limbs, b.size);
  if (c === 0) return BigNum.ZERO;
  return c > 0 ? make(an, subMag(a.limbs, a.size, b.limbs, b.size)) : make(bn, subMag(b.limbs, b.size, a.limbs, a.size));
}

/** The truncated quotient and remainder of |x| by |y| != 0, as magnitudes. */
function truncDivmod(x: BigNum, y: BigNum): [Int32Array, Int32Array] {
  if (cmpMag(x.limbs, x.size, y.limbs, y.size) < 0) return [EMPTY, x.limbs];
  if (y.size === 1) {
    const q = new Int32Array(x.size);
    const r = divSmallInto(x.limbs, x.size, y.limbs[0], q);
    return [q, magFromInt(r)];
  }
  return divmodMag(x.limbs, x.size, y.limbs, y.size);
}

/** |x| mod |y| for y != 0 (non-negative). */
function remainder(x: BigNum, y: BigNum): BigNum {
  return make(false, truncDivmod(x, y)[1]);
}

/** Floor division and modulo of x by y != 0 (the truncated ones, adjusted when the signs differ). */
function floorDivmod(x: BigNum, y: BigNum): [BigNum, BigNum] {
  const [qm, rm] = truncDivmod(x, y);
  const q = make(x.negative !== y.negative, qm);
  const r = make(x.negative, rm);
  if (x.negative === y.negative || r.size === 0) return [q, r];
  // signs differ and the remainder is not zero: q - 1 and r + y
  return [make(true, addSmallMag(q.limbs, q.size, 1)), make(y.negative, subMag(y.limbs, y.size, r.limbs, r.size))];
}

/** The inverse of a modulo m (0 <= a < m): extended Euclid; BigNumValueError when gcd(a, m) != 1. */
function inverseMod(a: BigNum, m: BigNum): BigNum {
  let r0 = m;
  let r1 = a;
  let s0 = BigNum.ZERO;
  let s1 = BigNum.ONE;
  while (r1.size > 0) {
    const [q, r] = floorDivmod(r0, r1);
    r0 = r1;
    r1 = r;
    const s = s0.sub(q.mul(s1));
    s0 = s1;
    s1 = s;
  }
  if (!(r0.size === 1 && r0.limbs[0] === 1)) throw new BigNumValueError("base is not invertible for the given modulus");
  return s0.mod(m);
}

function bitwise(op: number, a: BigNum, b: BigNum): BigNum {
  return make(negativeResult(op, a.negative, b.negative), bitwiseMag(op, a.negative, a.limbs, a.size, b.negative, b.limbs, b.size));
}
