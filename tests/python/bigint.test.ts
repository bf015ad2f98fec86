// The Python interpreter's big integers (languages/python/bigint.ts) against
// JavaScript's BigInt and CPython: property tests on Node for every
// operation (sizes from 0 to a few thousand bits, with limb patterns that
// exercise carries and Knuth's division corrections), CPython's hash() and
// messages, and tests/python/bigint-driver.ts (factorial, Fibonacci,
// powers, divmod chains, pidigits) untranslated and translated against
// python3 computing the same values.
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rts, run, tmpDir } from "../harness.ts";
import { BigNum, BigNumOverflow, BigNumValueError, BigNumZeroDivision, SMALL_MAX } from "../../languages/python/bigint.ts";
import { hashBig, hashHigh, hashToPy } from "../../languages/python/objects/hashing.ts";
import { PyInt, PyLong, type PyObject } from "../../languages/python/objects/model.ts";

const SHIFT = 26n;
const MASK = (1n << SHIFT) - 1n;
const RUNS = { numRuns: 400 };

/** The value of a BigNum from its limbs (not through toString), checking that it is normalized. */
function val(b: BigNum): bigint {
  expect(b.size).toBeGreaterThanOrEqual(0);
  expect(b.limbs.length).toBeGreaterThanOrEqual(b.size);
  if (b.size > 0) expect(b.limbs[b.size - 1]).not.toBe(0);
  else expect(b.negative).toBe(false);
  let v = 0n;
  for (let i = b.limbs.length - 1; i >= 0; i--) {
    const limb = b.limbs[i];
    if (i >= b.size) expect(limb).toBe(0);
    expect(limb >= 0 && limb <= Number(MASK)).toBe(true);
    v = (v << SHIFT) | BigInt(limb);
  }
  return b.negative ? -v : v;
}

const big = (x: bigint): BigNum => BigNum.fromString(x.toString(16), 16);

const bitLength = (x: bigint): number => (x === 0n ? 0 : (x < 0n ? -x : x).toString(2).length);

/** Python's floor division and modulo. */
function pyDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  const am = m < 0n ? -m : m;
  let r = 1n % am;
  let x = ((b % am) + am) % am;
  for (let k = e; k > 0n; k >>= 1n) {
    if (k & 1n) r = (r * x) % am;
    x = (x * x) % am;
  }
  return m < 0n && r !== 0n ? r - am : r;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** 2^k as a double, exactly, for -1074 <= k <= 1023. */
function pow2(k: number): number {
  u64[0] = k >= -1022 ? BigInt(k + 1023) << 52n : 1n << BigInt(k + 1074);
  return f64[0];
}

/** a / b correctly rounded (ties to even), computed exactly with BigInt; Infinity beyond DBL_MAX. */
function exactDivide(a: bigint, b: bigint): number {
  const negative = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x === 0n) return negative ? -0 : 0;
  // q = floor(x / y / 2^e) with 53 significant bits (fewer for subnormals: e >= -1074)
  let e = Math.max(bitLength(x) - bitLength(y) - 54, -1074);
  let q = 0n;
  let num = 0n;
  let den = 0n;
  for (;;) {
    num = e < 0 ? x << BigInt(-e) : x;
    den = e > 0 ? y << BigInt(e) : y;
    q = num / den;
    if (q < 1n << 53n) break;
    e++;
  }
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q & 1n)) q++;
  if (e + bitLength(q) > 1024) return negative ? -Infinity : Infinity;
  let v = Number(q); // exact: q <= 2^53
  if (e > 1023 - 60) v = v * pow2(e - 100) * pow2(100);
  else if (e < -1000) v = v * pow2(e + 100) * pow2(-100);
  else v = v * pow2(e);
  return negative ? -v : v;
}

// ---- arbitraries ----------------------------------------------------------------------------

/** Integers of 0..maxBits bits: uniform random limbs, or limbs from {0, 1, 2^25, MASK - 1, MASK} (carries, Knuth D's corrections), either sign. */
function bigArb(maxBits = 3000): fc.Arbitrary<bigint> {
  const random = fc.integer({ min: 0, max: maxBits }).chain((bits) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }));
  const patterned = fc
    .array(fc.oneof(fc.constantFrom(0n, 1n, 1n << 25n, MASK - 1n, MASK), fc.bigInt({ min: 0n, max: MASK })), { maxLength: Math.ceil(maxBits / 26) })
    .map((limbs) => limbs.reduce((v, l) => (v << SHIFT) | l, 0n));
  const special = fc.tuple(fc.integer({ min: 0, max: maxBits }), fc.integer({ min: -3, max: 3 })).map(([k, d]) => (1n << BigInt(k)) + BigInt(d));
  return fc.tuple(fc.oneof(random, patterned, special), fc.boolean()).map(([v, neg]) => (neg ? -v : v));
}

const nonZero = (maxBits = 3000): fc.Arbitrary<bigint> => bigArb(maxBits).filter((x) => x !== 0n);

const EDGES: bigint[] = [0n, 1n, 2n, 3n, 7n, 10n, MASK, MASK + 1n, (1n << 52n) - 1n, 1n << 52n, (1n << 53n) - 1n, 1n << 53n, (1n << 53n) + 1n, (1n << 63n) - 1n, 1n << 64n, (1n << 64n) + 1n, (1n << 78n) - 1n, 1n << 78n, 10n ** 30n, (1n << 1024n) - 1n, 3n ** 700n];
const EDGES_SIGNED = EDGES.flatMap((x) => (x === 0n ? [x] : [x, -x]));

describe("BigNum against BigInt", () => {
  it("converts from and to numbers, strings and limbs", () => {
    for (const x of EDGES_SIGNED) {
      expect(val(big(x))).toBe(x);
      expect(big(x).toString()).toBe(x.toString());
      if (x >= -(2n ** 53n) && x <= 2n ** 53n) expect(val(BigNum.fromInt(Number(x)))).toBe(x);
      expect(big(x).fitsSmall()).toBe(x >= -BigInt(SMALL_MAX) && x <= BigInt(SMALL_MAX));
      if (big(x).fitsSmall()) expect(big(x).toNumber()).toBe(Number(x));
      else expect(() => big(x).toNumber()).toThrow(BigNumOverflow);
    }
    expect(BigNum.fromInt(-0).negative).toBe(false);
    expect(val(BigNum.fromInt(-(2 ** 53)))).toBe(-(2n ** 53n));
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const b = BigNum.fromInt(n);
        expect(val(b)).toBe(BigInt(n));
        expect(b.fitsSmall()).toBe(true);
        expect(b.toNumber()).toBe(n);
      }),
      RUNS,
    );
  });

  it("toString and fromString in radix 2..36", () => {
    fc.assert(
      fc.property(bigArb(), fc.constantFrom(2, 8, 10, 16, 3, 7, 36, 32, 4, 5, 12), (x, radix) => {
        const b = big(x);
        expect(b.toString(radix)).toBe(x.toString(radix));
        expect(val(BigNum.fromString(x.toString(radix), radix))).toBe(x);
        expect(val(BigNum.fromString(x.toString(radix).toUpperCase(), radix))).toBe(x);
      }),
      RUNS,
    );
    expect(() => big(5n).toString(37)).toThrow(BigNumValueError);
    expect(() => big(5n).toString(1)).toThrow(BigNumValueError);
    expect(val(BigNum.fromString("+000123"))).toBe(123n);
    expect(val(BigNum.fromString("-0"))).toBe(0n);
    expect(val(BigNum.fromString("0".repeat(100) + "1", 2))).toBe(1n);
    for (const [s, radix] of [["", 10], ["-", 10], ["12a", 10], ["2", 2], ["1_0", 10], [" 1", 10], ["z", 35], ["1", 37]] as const) {
      expect(() => BigNum.fromString(s, radix), s).toThrow(BigNumValueError);
    }
  });

  it("add, sub, neg, abs, compare, equals, mul, square", () => {
    fc.assert(
      fc.property(bigArb(), bigArb(), (x, y) => {
        const a = big(x);
        const b = big(y);
        expect(val(a.add(b))).toBe(x + y);
        expect(val(a.sub(b))).toBe(x - y);
        expect(val(a.neg())).toBe(-x);
        expect(val(a.abs())).toBe(x < 0n ? -x : x);
        expect(a.compare(b)).toBe(x < y ? -1 : x > y ? 1 : 0);
        expect(a.equals(b)).toBe(x === y);
        expect(a.equals(big(x))).toBe(true);
        expect(a.sign()).toBe(x < 0n ? -1 : x > 0n ? 1 : 0);
        expect(val(a.mul(b))).toBe(x * y);
        expect(val(a.square())).toBe(x * x);
        expect(val(a.mul(a))).toBe(x * x);
      }),
      RUNS,
    );
  });

  it("multiplies across the Karatsuba cutoff and lopsided operands", () => {
    fc.assert(
      fc.property(bigArb(40000), bigArb(40000), fc.bigInt({ min: -(1n << 3000n), max: 1n << 3000n }), (x, y, z) => {
        expect(val(big(x).mul(big(y)))).toBe(x * y);
        expect(val(big(x).mul(big(z)))).toBe(x * z);
        expect(val(big(x).square())).toBe(x * x);
      }),
      { numRuns: 60 },
    );
    for (const n of [31, 32, 33, 47, 48, 49, 64, 65, 96, 129, 200, 1000]) {
      const all = (1n << BigInt(26 * n)) - 1n; // every limb MASK: the largest carries
      expect(val(big(all).mul(big(all)))).toBe(all * all);
      expect(val(big(all).square())).toBe(all * all);
      expect(val(big(all).mul(big(all >> 100n)))).toBe(all * (all >> 100n));
    }
  });

  it("divmod, floorDiv and mod with Python's floor semantics", () => {
    fc.assert(
      fc.property(bigArb(), nonZero(), (x, y) => {
        const [q, r] = big(x).divmod(big(y));
        expect([val(q), val(r)]).toEqual(pyDivmod(x, y));
        expect(val(big(x).floorDiv(big(y)))).toBe(pyDivmod(x, y)[0]);
        expect(val(big(x).mod(big(y)))).toBe(pyDivmod(x, y)[1]);
      }),
      RUNS,
    );
    // divisors just below the dividend, single limbs, and quotient digits that need Knuth D's corrections
    fc.assert(
      fc.property(nonZero(1500), nonZero(1500), nonZero(60), (x, y, z) => {
        for (const [a, b] of [[x * y + z, y], [x * y - 1n, y], [x, z], [x * y, x]]) expect(big(a).divmod(big(b)).map(val)).toEqual(pyDivmod(a, b));
      }),
      RUNS,
    );
    // one-limb quotients (divmodMag's estimate from the top limbs and its corrections): every quotient size up to the
    // fallback's bound, divisors whose lower limbs the estimate cuts off (top limb 1, the rest all ones), remainders at both ends
    fc.assert(
      fc.property(nonZero(1200), fc.bigInt({ min: 0n, max: (1n << 26n) - 1n }), fc.integer({ min: 0, max: 3 }), (y, q, edge) => {
        const b = y < 0n ? -y : y;
        const lowOnes = (1n << BigInt(26 * (1 + (Number(b % 40n) + 1)))) - 1n;
        for (const d of [b, (1n << BigInt(26 * (2 + Number(b % 40n)))) | lowOnes]) {
          const r = edge === 0 ? 0n : edge === 1 ? d - 1n : (d * BigInt(edge)) / 5n;
          const a = d * q + r;
          expect(big(a).divmod(big(d)).map(val)).toEqual(pyDivmod(a, d));
          expect(big(-a).divmod(big(d)).map(val)).toEqual(pyDivmod(-a, d));
        }
      }),
      RUNS,
    );
    for (const [a, b] of [[-7n, 2n], [7n, -2n], [-7n, -2n], [7n, 2n], [-6n, 3n], [6n, -3n], [-1n, 1n << 100n], [1n, -(1n << 100n)], [-(1n << 100n), 3n], [(1n << 200n) + 1n, -(1n << 100n)]]) {
      expect(big(a).divmod(big(b)).map(val)).toEqual(pyDivmod(a, b));
    }
    expect(() => big(5n).divmod(BigNum.ZERO)).toThrow(new BigNumZeroDivision("integer division or modulo by zero"));
    expect(() => big(5n).floorDiv(BigNum.ZERO)).toThrow(new BigNumZeroDivision("integer division or modulo by zero"));
    expect(() => big(5n).mod(BigNum.ZERO)).toThrow(new BigNumZeroDivision("integer modulo by zero"));
  });

  it("pow and powMod (negative exponents through the inverse)", () => {
    fc.assert(
      fc.property(bigArb(300), fc.integer({ min: 0, max: 40 }), (x, e) => {
        expect(val(big(x).powInt(e))).toBe(x ** BigInt(e));
        expect(val(big(x).pow(BigNum.fromInt(e)))).toBe(x ** BigInt(e));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(bigArb(600), bigArb(300), nonZero(600), (x, e, m) => {
        if (e >= 0n) {
          expect(val(big(x).powMod(big(e), big(m)))).toBe(modPow(x, e, m));
          return;
        }
        const am = m < 0n ? -m : m;
        if (gcd(x, am) !== 1n && am !== 1n) {
          expect(() => big(x).powMod(big(e), big(m))).toThrow(new BigNumValueError("base is not invertible for the given modulus"));
          return;
        }
        // r is (x^-1)^|e|: r * x^|e| == 1 (mod m)
        const r = val(big(x).powMod(big(e), big(m)));
        expect((((r * modPow(x, -e, am)) % am) + am) % am).toBe(1n % am);
        expect(m < 0n ? r <= 0n && r > m : r >= 0n && r < m).toBe(true);
      }),
      RUNS,
    );
    // exponents beyond 8 limbs take the 5-bits-at-a-time path
    fc.assert(
      fc.property(bigArb(400), fc.bigInt({ min: 1n << 209n, max: 1n << 2000n }), nonZero(400), (x, e, m) => {
        expect(val(big(x).powMod(big(e), big(m)))).toBe(modPow(x, e, m));
      }),
      { numRuns: 50 },
    );
    expect(val(big(2n).powInt(1000))).toBe(2n ** 1000n);
    expect(val(big(-2n).powInt(1001))).toBe((-2n) ** 1001n);
    expect(val(big(-1n).pow(big(1n << 100n)))).toBe(1n);
    expect(val(big(-1n).pow(big((1n << 100n) + 1n)))).toBe(-1n);
    expect(val(big(0n).pow(big(1n << 100n)))).toBe(0n);
    expect(val(big(12345n).pow(BigNum.ZERO))).toBe(1n);
    expect(val(big(3n).powMod(big(-1n), big(7n)))).toBe(5n);
    expect(val(big(5n).powMod(big(0n), big(1n)))).toBe(0n);
    expect(val(big(3n).powMod(big(2n), big(-5n)))).toBe(-1n);
    expect(() => big(2n).powMod(big(5n), BigNum.ZERO)).toThrow(new BigNumValueError("pow() 3rd argument cannot be 0"));
    expect(() => big(2n).powMod(big(-1n), big(4n))).toThrow(BigNumValueError);
  });

  it("shifts with floor semantics, bitwise operators on infinite two's complement, bitLength", () => {
    fc.assert(
      fc.property(bigArb(), bigArb(), fc.integer({ min: 0, max: 400 }), (x, y, n) => {
        const a = big(x);
        const b = big(y);
        expect(val(a.shl(n))).toBe(x << BigInt(n));
        expect(val(a.shr(n))).toBe(x >> BigInt(n));
        expect(val(a.shr(n * 20))).toBe(x >> BigInt(n * 20));
        expect(val(a.and(b))).toBe(x & y);
        expect(val(a.or(b))).toBe(x | y);
        expect(val(a.xor(b))).toBe(x ^ y);
        expect(val(a.invert())).toBe(~x);
        expect(a.bitLength()).toBe(bitLength(x));
      }),
      RUNS,
    );
    expect(() => big(1n).shl(-1)).toThrow(new BigNumValueError("negative shift count"));
    expect(() => big(1n).shr(-1)).toThrow(new BigNumValueError("negative shift count"));
    expect(val(big(-1n).shr(1000))).toBe(-1n);
    expect(val(big(-(1n << 100n)).shr(100))).toBe(-1n);
    expect(val(big(-(1n << 100n) - 1n).shr(100))).toBe(-2n);
  });

  it("toFloat rounds to nearest, ties to even (Number(bigint))", () => {
    const ties: bigint[] = [];
    for (const k of [53, 54, 60, 100, 1000, 1023]) {
      const base = 1n << BigInt(k);
      const ulp = 1n << BigInt(k - 52);
      ties.push(base + ulp / 2n, base + ulp + ulp / 2n, base + ulp / 2n + 1n, base + ulp / 2n - 1n, base - 1n, base + 1n);
    }
    ties.push((1n << 1024n) - (1n << 970n), (1n << 1024n) - (1n << 970n) - 1n, (1n << 1024n) - (1n << 971n), 1n << 1024n);
    for (const x of [...ties, ...EDGES_SIGNED, ...ties.map((t) => -t)]) checkFloat(x);
    fc.assert(fc.property(bigArb(1100), checkFloat), RUNS);
  });

  it("true division is correctly rounded (CPython's long_true_divide)", () => {
    fc.assert(
      fc.property(bigArb(2500), nonZero(2500), (x, y) => checkTrueDiv(x, y)),
      RUNS,
    );
    fc.assert(
      fc.property(nonZero(60), nonZero(60), fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1200 }), (x, y, i, j) => checkTrueDiv(x << BigInt(i), y << BigInt(j))),
      RUNS,
    );
    // quotients halfway between two doubles, or one unit off (ties to even; the bits shifted out or the remainder decide)
    fc.assert(
      fc.property(fc.bigInt({ min: 1n << 52n, max: (1n << 53n) - 1n }), fc.integer({ min: 0, max: 1100 }), fc.integer({ min: -1, max: 1 }), nonZero(200), (m, j, d, y) => {
        const v = ((2n * m + 1n) << BigInt(j)) + BigInt(d);
        checkTrueDiv(v * y, y);
        checkTrueDiv(-v, 1n);
      }),
      RUNS,
    );
    for (const [x, y] of [[(1n << 60n) + (1n << 7n) + 1n, 1n], [(1n << 60n) + (1n << 7n), 1n], [((1n << 60n) + (1n << 7n) + 1n) * 3n, 3n], [1n, 3n], [2n, 3n], [-1n, 3n], [0n, -5n], [1n, 1n << 1074n], [1n, 1n << 1075n], [3n, 1n << 1076n], [1n, (1n << 1075n) - 1n], [(1n << 1024n) - 1n, 1n], [1n << 1024n, 2n], [10n ** 400n, 3n], [(1n << 53n) + 1n, 1n], [-(10n ** 30n), 10n ** 400n]]) checkTrueDiv(x, y);
    expect(() => big(1n).trueDiv(BigNum.ZERO)).toThrow(new BigNumZeroDivision("division by zero"));
  });

  it("fromDouble truncates exactly, compareFloat compares exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), bigArb(1100), (d, x) => {
        expect(val(BigNum.fromDouble(d))).toBe(BigInt(Math.trunc(d)));
        const t = BigInt(Math.trunc(d));
        const want = x < t ? -1 : x > t ? 1 : d > Math.trunc(d) ? -1 : d < Math.trunc(d) ? 1 : 0;
        expect(big(x).compareFloat(d)).toBe(want);
      }),
      RUNS,
    );
    expect(val(BigNum.fromDouble(1e300))).toBe(BigInt(1e300));
    expect(val(BigNum.fromDouble(-1.5e300))).toBe(BigInt(-1.5e300));
    expect(val(BigNum.fromDouble(-0.99))).toBe(0n);
    expect(val(BigNum.fromDouble(Number.MAX_VALUE))).toBe(BigInt(Number.MAX_VALUE));
    expect(() => BigNum.fromDouble(Infinity)).toThrow(new BigNumOverflow("cannot convert float infinity to integer"));
    expect(() => BigNum.fromDouble(NaN)).toThrow(new BigNumValueError("cannot convert float NaN to integer"));
    expect(big(5n).compareFloat(Infinity)).toBe(-1);
    expect(big(-(10n ** 400n)).compareFloat(-Infinity)).toBe(1);
  });

  it("gcd", () => {
    fc.assert(
      fc.property(bigArb(2000), bigArb(2000), bigArb(300), (x, y, z) => {
        expect(val(big(x).gcd(big(y)))).toBe(gcd(x, y));
        expect(val(big(x * z).gcd(big(y * z)))).toBe(gcd(x * z, y * z));
      }),
      RUNS,
    );
    // consecutive Fibonacci numbers (every quotient 1: Lehmer's longest runs), powers of two, small and zero operands
    let [f0, f1] = [0n, 1n];
    for (let i = 0; i < 3000; i++) {
      [f0, f1] = [f1, f0 + f1];
      if (i % 97 === 0) {
        expect(val(big(f1).gcd(big(f0)))).toBe(1n);
        expect(val(big(f1 * 6n).gcd(big(-f0 * 4n)))).toBe(gcd(f1 * 6n, f0 * 4n));
      }
    }
    for (const [x, y] of [[0n, 0n], [0n, -5n], [1n << 500n, 1n << 300n], [3n ** 400n, 3n], [(1n << 200n) - 1n, (1n << 100n) - 1n], [10n ** 100n, 10n ** 100n]]) {
      expect(val(big(x).gcd(big(y)))).toBe(gcd(x, y));
      expect(val(big(y).gcd(big(x)))).toBe(gcd(x, y));
    }
  });
});

function checkFloat(x: bigint): void {
  const want = Number(x);
  if (!Number.isFinite(want)) {
    expect(() => big(x).toFloat()).toThrow(new BigNumOverflow("int too large to convert to float"));
    return;
  }
  expect(big(x).toFloat()).toBe(want);
}

function checkTrueDiv(x: bigint, y: bigint): void {
  const want = exactDivide(x, y);
  if (!Number.isFinite(want)) {
    expect(() => big(x).trueDiv(big(y))).toThrow(new BigNumOverflow("integer division result too large for a float"));
    return;
  }
  const got = big(x).trueDiv(big(y));
  expect(Object.is(got, want), `${x} / ${y}: ${got} !== ${want}`).toBe(true);
}

describe("BigNum against CPython", () => {
  it("hash() as CPython computes it", () => {
    const xs = fc.sample(bigArb(700), { numRuns: 300, seed: 42 });
    xs.push(...EDGES_SIGNED, -1n, -2n, (1n << 61n) - 1n, (1n << 61n) - 2n, -(1n << 61n), -((1n << 61n) - 1n), -((1n << 61n) + 1n), 1n << 61n, (1n << 122n) - 1n);
    const out = execFileSync("python3", ["-c", "import sys\nfor line in sys.stdin: print(hash(int(line)))"], { input: xs.map(String).join("\n") + "\n", encoding: "utf8" });
    expect(xs.map((x) => big(x).hash().toString())).toEqual(out.trim().split("\n"));
    // the interpreter's hash of a big int (objects/hashing.ts hashBig: by rotation, no division), a 64-bit word pair made an int
    const text = (p: PyObject): string => (p instanceof PyInt ? String(p.value) : (p as PyLong).big.toString());
    expect(xs.map((x) => text(hashToPy(hashBig(big(x)), hashHigh())))).toEqual(out.trim().split("\n"));
  });
});

/** What tests/python/bigint-driver.ts prints, computed by CPython. */
const REFERENCE = String.raw`
import math, struct, sys
sys.set_int_max_str_digits(0)
def bits(x): return '%d %d' % struct.unpack('>iI', struct.pack('>d', x))
def factorial(n):
    r = 1
    for i in range(2, n + 1): r *= i
    return r
def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
def tostr(x, base):
    if x == 0: return '0'
    d = '0123456789abcdefghijklmnopqrstuvwxyz'; s = ''; n = abs(x)
    while n: n, r = divmod(n, base); s = d[r] + s
    return ('-' if x < 0 else '') + s
def pidigits(N):
    i = k = ns = 0
    k1 = 1
    n, a, d, t, u = 1, 0, 1, 0, 0
    while 1:
        k += 1
        t = n << 1
        n *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= n:
            t, u = divmod(n * 3 + a, d)
            u += n
            if d > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    print('%010d\t:%d' % (ns, i))
                    ns = 0
                if i >= N: break
                a -= d * t
                a *= 10
                n *= 10
def tofloat(a):
    try: return bits(float(a))
    except OverflowError as e: return str(e)
def truediv(a, b):
    try: return bits(a / b)
    except (OverflowError, ZeroDivisionError) as e: return str(e)
f1000 = factorial(1000)
print('fact', f1000)
m = 10**50 + 151
p3 = 3**10000
print('powmod', p3 % m, pow(3, 10000, m), pow(-7, 10**30 + 7, -m))
print('inverse', pow(3, -1, 7), pow(f1000 + 1, -5, m), pow(f1000, 3**200, m))
f5000 = fib(5000)
print('fib', f5000, len(str(f5000)))
x = 7**300 + 12345
divisors = [3, -10, 10**20 + 39, -(3**150 + 17), 2**100 - 1, -f5000]
for rnd in range(4):
    for dv in divisors:
        q, r = divmod(x, dv)
        print('divmod', q, r, 'true', 'true')
        x = q * -1234567 - r + (p3 >> (rnd * 1000 + 7))
h = -f1000 + 0xabcdef
print('radix', tostr(h, 16), tostr(h, 8), len(bin(p3)) - 2, tostr(h, 36), tostr(h, 7)[:60])
print('parse', 'true', 'true', int('-ZZ0000000000000000000001', 36), int('1' * 200, 2))
b1 = (-7)**101
b2 = 3**150 + 5
print('bits', b1 & b2, b1 | b2, b1 ^ b2, ~b1, b1 & -b1)
print('shifts', b1 << 77, b1 >> 77, b1 >> 1000, b2 >> 3, b1.bit_length())
print('float', tofloat(f1000 >> 8000), tofloat(-(p3 >> 15000)), tofloat(10**308 * 17), tofloat(int(1e300)), int(-1.5e300))
print('truediv', truediv(f1000, f5000), truediv(f5000, f1000), truediv(-p3, p3 + 1), truediv(1, 10**330), truediv(-3, 10**320), truediv(f1000, 0), truediv(10**400, 3))
print('hash', hash(f1000), hash(-f1000), hash(2**61 - 1), hash((-2)**61), hash(b1))
print('gcd', math.gcd(f1000, f5000), math.gcd(factorial(300), fib(300) * -24), math.gcd(p3, 0))
pidigits(500)
`;

describe("tests/python/bigint-driver.ts against python3", () => {
  const dir = tmpDir("python-bigint");
  const script = path.join(dir, "reference.py");
  fs.writeFileSync(script, REFERENCE);
  const want = execFileSync("python3", [script], { encoding: "utf8", maxBuffer: 64 << 20 });

  it("prints what python3 prints (untranslated)", () => {
    const r = rts(["run", "tests/python/bigint-driver.ts"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(want);
  });

  it("prints what python3 prints (translated)", () => {
    const exe = path.join(dir, "bigint-driver");
    const t = rts(["translate", "tests/python/bigint-driver.ts", "-o", exe, "--quiet", "--opt", "1"]);
    expect(t.stderr).toBe("");
    const bin = run(exe, []);
    expect(bin.stderr).toBe("");
    expect(bin.status).toBe(0);
    expect(bin.stdout).toBe(want);
  });
});
