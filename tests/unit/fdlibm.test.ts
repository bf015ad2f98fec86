// framework/rlib/fdlibm.ts must return exactly the bits Node's Math functions
// return (V8's fdlibm port), for every kind of input: each function is run on
// a few hundred thousand pseudo-random inputs from a fixed seed, spread over
// the ranges where the algorithms take different paths, and on the special
// values.  Results are compared bit for bit, NaN payloads included.
import { describe, expect, it } from "vitest";
import {
  fdlibmAtan,
  fdlibmAtan2,
  fdlibmCos,
  fdlibmExp,
  fdlibmLog,
  fdlibmPow,
  fdlibmSin,
  fdlibmTan,
} from "../../framework/rlib/fdlibm.ts";

// ---- inputs ----------------------------------------------------------------

/** xorshift128 with a fixed seed: the same inputs on every run. */
class Rng {
  private a = 0x9e3779b9;
  private b = 0x243f6a88;
  private c = 0xb7e15162;
  private d = 0x12345678;

  u32(): number {
    let t = this.d;
    const s = this.a;
    this.d = this.c;
    this.c = this.b;
    this.b = s;
    t ^= t << 11;
    t ^= t >>> 8;
    this.a = (t ^ s ^ (s >>> 19)) >>> 0;
    return this.a;
  }
  /** uniform in [0, 1) */
  unit(): number {
    return (this.u32() * 2 ** 21 + (this.u32() >>> 11)) / 2 ** 53;
  }
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.unit();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.unit() * (hi - lo + 1));
  }
  sign(): number {
    return this.u32() & 1 ? -1 : 1;
  }
  /** |x| log-uniform in [2^lo, 2^hi], random sign */
  logUniform(lo: number, hi: number): number {
    return this.sign() * 2 ** this.uniform(lo, hi);
  }
  /** any double: random 64 bits (now and then NaN or Infinity) */
  bits(): number {
    return fromWords(this.u32(), this.u32());
  }
  /** a random double whose high word (sign cleared) is near `hw` */
  nearHighWord(hw: number, spread: number): number {
    const h = hw + this.int(-spread, spread);
    return fromWords((h | (this.sign() < 0 ? 0x80000000 : 0)) >>> 0, this.u32());
  }
  /** x moved by up to `ulps` units in the last place */
  nudge(x: number, ulps: number): number {
    return stepUlps(x, this.int(-ulps, ulps));
  }
}

const view = new DataView(new ArrayBuffer(8));

function fromWords(hi: number, lo: number): number {
  view.setUint32(0, hi >>> 0);
  view.setUint32(4, lo >>> 0);
  return view.getFloat64(0);
}

function hex(x: number): string {
  view.setFloat64(0, x);
  return `0x${view.getBigUint64(0).toString(16).padStart(16, "0")}`;
}

function stepUlps(x: number, n: number): number {
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(n));
  return view.getFloat64(0);
}

/** Same 64 bits: the sign of zero and even the payload of a NaN must agree. */
function same(a: number, b: number): boolean {
  return Object.is(a, b) ? !Number.isNaN(a) || hex(a) === hex(b) : false;
}

// {±0, ±1, ±0.5, ±2, ±Infinity, NaN, ±1e308, ±5e-324}
const SPECIALS: number[] = [0, 1, 0.5, 2, Infinity, 1e308, 5e-324].flatMap((v) => [v, -v]).concat([NaN]);

type Gen = (r: Rng) => number;

/** Runs `count` inputs from each generator; returns the mismatches (at most 8 shown). */
function compareUnary(
  mine: (x: number) => number,
  node: (x: number) => number,
  gens: Gen[],
  count: number,
  extra: number[],
): { inputs: number; mismatches: number; examples: string[] } {
  const r = new Rng();
  let inputs = 0;
  let mismatches = 0;
  const examples: string[] = [];
  const check = (x: number): void => {
    inputs++;
    const a = mine(x);
    const b = node(x);
    if (!same(a, b)) {
      mismatches++;
      if (examples.length < 8) examples.push(`x=${x} (${hex(x)}): got ${a} (${hex(a)}), Node ${b} (${hex(b)})`);
    }
  };
  for (const x of extra) check(x);
  for (const g of gens) for (let i = 0; i < count; i++) check(g(r));
  return { inputs, mismatches, examples };
}

function compareBinary(
  mine: (x: number, y: number) => number,
  node: (x: number, y: number) => number,
  gens: ((r: Rng) => [number, number])[],
  count: number,
): { inputs: number; mismatches: number; examples: string[] } {
  const r = new Rng();
  let inputs = 0;
  let mismatches = 0;
  const examples: string[] = [];
  const check = (x: number, y: number): void => {
    inputs++;
    const a = mine(x, y);
    const b = node(x, y);
    if (!same(a, b)) {
      mismatches++;
      if (examples.length < 8) examples.push(`(${x}, ${y}) (${hex(x)}, ${hex(y)}): got ${a} (${hex(a)}), Node ${b} (${hex(b)})`);
    }
  };
  // every pair of special values, both ways round
  for (const x of SPECIALS) for (const y of SPECIALS) check(x, y);
  for (const g of gens) {
    for (let i = 0; i < count; i++) {
      const [x, y] = g(r);
      check(x, y);
    }
  }
  return { inputs, mismatches, examples };
}

const PI = Math.PI;

// Inputs for sin, cos and tan: tiny, kernel thresholds, near multiples of
// pi/4 and pi/2 (cancellation in the reduction), medium, huge (Payne-Hanek).
const TRIG_GENS: Gen[] = [
  (r) => r.bits(),
  (r) => r.logUniform(-1074, -997), // |x| < 1e-300, subnormals included
  (r) => fromWords(r.u32() & 0x800fffff, r.u32()), // subnormals
  (r) => r.uniform(-1, 1),
  (r) => r.logUniform(-32, 2), // 2^-27, 0.3, 0.6744, 0.78125, pi/4
  (r) => r.nudge((r.int(-64, 64) * PI) / 4, 1000),
  (r) => r.nudge(r.int(-1e6, 1e6) * (PI / 2), 50),
  (r) => r.nudge(r.int(1, 32) * (PI / 2) * r.sign(), 3), // the NPIO2_HW cases
  (r) => r.uniform(-1e5, 1e5),
  (r) => r.logUniform(0, 73), // up to 1e22
  (r) => r.logUniform(18, 1024), // up to 1.7e308, past 2^19 pi/2
  (r) => r.nearHighWord([0x3fe921fb, 0x4002d97c, 0x413921fb, 0x3ff921fb, 0x3e400000, 0x3fe59428][r.int(0, 5)], 2),
];

// Known hard cases for the reduction and the extreme arguments.
const TRIG_EXTRA: number[] = [
  ...SPECIALS,
  6381956970095103 * 2 ** 797,
  5.319372648326541e255,
  1e22,
  2 ** 1023,
  Number.MAX_VALUE,
  PI / 4,
  PI / 2,
  PI,
  (3 * PI) / 4,
  2 ** 19 * (PI / 2),
  Number.MIN_VALUE,
  2.2250738585072014e-308,
];

const N = 40_000; // inputs per generator

describe("fdlibm.ts matches Node's Math functions bit for bit", () => {
  for (const [name, mine, node] of [
    ["sin", fdlibmSin, Math.sin],
    ["cos", fdlibmCos, Math.cos],
    ["tan", fdlibmTan, Math.tan],
  ] as const) {
    it(name, () => {
      const res = compareUnary(mine, node, TRIG_GENS, N, TRIG_EXTRA);
      expect(res.inputs).toBeGreaterThanOrEqual(200_000);
      expect({ mismatches: res.mismatches, examples: res.examples }).toEqual({ mismatches: 0, examples: [] });
    });
  }

  it("atan", () => {
    const gens: Gen[] = [
      (r) => r.bits(),
      (r) => r.logUniform(-1074, -997),
      (r) => r.logUniform(-40, 70), // tiny, the fold points, 2^66
      (r) => r.uniform(-3, 3), // 7/16, 11/16, 19/16, 39/16
      (r) => r.nearHighWord([0x3fdc0000, 0x3fe60000, 0x3ff30000, 0x40038000, 0x44100000, 0x3e400000][r.int(0, 5)], 2),
      (r) => r.uniform(-1e6, 1e6),
      (r) => r.logUniform(60, 1024),
      (r) => r.nudge(r.sign() * [0.4375, 0.6875, 1.1875, 2.4375, 1, 0.5, 1.5][r.int(0, 6)], 1000),
      (r) => r.uniform(-1, 1),
      (r) => r.logUniform(-10, 10),
    ];
    const res = compareUnary(fdlibmAtan, Math.atan, gens, N, SPECIALS);
    expect(res.inputs).toBeGreaterThanOrEqual(200_000);
    expect({ mismatches: res.mismatches, examples: res.examples }).toEqual({ mismatches: 0, examples: [] });
  });

  it("exp", () => {
    const OVER = 709.782712893384;
    const UNDER = -745.1332191019411;
    const LN2 = Math.LN2;
    const gens: Gen[] = [
      (r) => r.bits(),
      (r) => r.uniform(-750, 750),
      (r) => r.uniform(709, 710), // overflow threshold
      (r) => r.nudge(OVER, 2000),
      (r) => r.uniform(-746, -708), // subnormal results, underflow threshold
      (r) => r.nudge(UNDER, 2000),
      (r) => r.logUniform(-1074, -26), // tiny: 1 + x
      (r) => r.uniform(0.3, 1.1) * r.sign(), // k = +-1 path
      (r) => r.nudge(r.int(-1100, 1100) * LN2, 100),
      (r) => r.uniform(-20, 20),
      (r) => r.logUniform(-30, 10),
      (r) => r.nearHighWord([0x40862e42, 0x3fd62e42, 0x3ff0a2b2, 0x3e300000][r.int(0, 3)], 2),
    ];
    const extra = [...SPECIALS, 1, -1, OVER, UNDER, 709.7827128933841, -745.1332191019412, 1024 * LN2, -1021 * LN2];
    const res = compareUnary(fdlibmExp, Math.exp, gens, N, extra);
    expect(res.inputs).toBeGreaterThanOrEqual(200_000);
    expect({ mismatches: res.mismatches, examples: res.examples }).toEqual({ mismatches: 0, examples: [] });
  });

  it("log", () => {
    const gens: Gen[] = [
      (r) => r.bits(),
      (r) => Math.abs(r.bits()),
      (r) => 1 + r.logUniform(-60, -1), // near 1
      (r) => r.nudge(1, 5000),
      (r) => fromWords(r.u32() & 0x000fffff, r.u32()), // subnormals
      (r) => Math.abs(r.logUniform(-1074, 1024)),
      (r) => r.nudge(r.u32() & 1 ? Math.SQRT2 : Math.SQRT1_2, 1_000_000),
      (r) => r.int(1, 1_000_000),
      (r) => r.uniform(0, 10),
      (r) => Math.abs(r.nearHighWord(0x3ff00000, 0x100)), // |f| < 2^-20 and around
    ];
    const extra = [...SPECIALS, Number.MAX_VALUE, Math.E, 10, 0.1];
    const res = compareUnary(fdlibmLog, Math.log, gens, N, extra);
    expect(res.inputs).toBeGreaterThanOrEqual(200_000);
    expect({ mismatches: res.mismatches, examples: res.examples }).toEqual({ mismatches: 0, examples: [] });
  });

  it("atan2", () => {
    const gens: ((r: Rng) => [number, number])[] = [
      (r) => [r.bits(), r.bits()],
      (r) => [r.logUniform(-1074, 1024), r.logUniform(-1074, 1024)], // k > 60 and k < -60
      (r) => [r.uniform(-10, 10), r.uniform(-10, 10)],
      (r) => [r.logUniform(-30, 30), r.logUniform(-30, 30)],
      (r) => {
        const x = r.logUniform(-20, 20);
        return [r.nudge(x * r.sign(), 100), x]; // |y| ~ |x|
      },
      (r) => [r.logUniform(-80, 80), r.sign() * 2 ** r.int(-70, 70)],
      (r) => [r.bits(), 1], // x = 1: plain atan
      (r) => [r.sign() * 0, r.bits()], // y = +-0
      (r) => [r.bits(), r.sign() * 0], // x = +-0
      (r) => [r.sign() * Infinity, r.logUniform(-100, 100)],
      (r) => [r.logUniform(-100, 100), r.sign() * Infinity],
      (r) => [SPECIALS[r.int(0, SPECIALS.length - 1)], r.logUniform(-1074, 1024)],
    ];
    const res = compareBinary(fdlibmAtan2, Math.atan2, gens, N);
    expect(res.inputs).toBeGreaterThanOrEqual(200_000);
    expect({ mismatches: res.mismatches, examples: res.examples }).toEqual({ mismatches: 0, examples: [] });
  });

  it("pow", () => {
    const gens: ((r: Rng) => [number, number])[] = [
      (r) => [r.bits(), r.bits()],
      (r) => [r.logUniform(-20, 20), r.int(-64, 64)], // integer exponents, negative bases
      (r) => [Math.abs(r.logUniform(-30, 30)), r.uniform(-40, 40)], // fractional exponents
      (r) => [-Math.abs(r.logUniform(-3, 3)), r.uniform(-10, 10)], // negative^fraction: NaN
      (r) => [r.sign() * r.uniform(0.5, 2), r.int(2 ** 21, 2 ** 53) * r.sign()], // odd/even in the low word
      (r) => [r.int(-1000, 1000), r.int(0, 30)], // exact integer powers
      (r) => [1 + r.logUniform(-40, -21), r.logUniform(31, 70)], // near 1, |y| > 2^31
      (r) => [r.nudge(r.sign(), 3), r.logUniform(20, 70)],
      (r) => {
        // results near overflow and in the subnormal range
        const y = r.uniform(1, 200) * r.sign();
        const target = r.u32() & 1 ? r.uniform(1000, 1025) : r.uniform(-1080, -1015);
        return [r.sign() * 2 ** (target / y), y];
      },
      (r) => {
        // y log2 x right at 1024 or -1075, where the rounding of the product decides
        const a = [2, 4, 16, 256, 0.5, 0.25, 1 / 16][r.int(0, 6)];
        const y = (r.u32() & 1 ? 1024 : -1075) / Math.log2(a);
        return [r.nudge(a, 2), r.nudge(y, 2)];
      },
      (r) => [fromWords(r.u32() & 0x800fffff, r.u32()), r.uniform(-2, 2)], // subnormal bases
      (r) => [r.logUniform(-1074, 1024), r.logUniform(-1074, 12) * r.sign()],
      (r) => [r.bits(), [0.5, -0.5, 2, -2, 1, -1, 3, -3][r.int(0, 7)]],
      (r) => [SPECIALS[r.int(0, SPECIALS.length - 1)], r.logUniform(-10, 10) * (r.u32() & 1 ? 1 : Math.round(r.uniform(1, 9)))],
    ];
    // the grid the C runtime's test used to check: exact bits for every pair
    const grid = [...SPECIALS, -1, 3, -3, 1.5, -1.5, 10, 0.25, 1e-300, 1e300, 1 + 2 ** -52, 1 - 2 ** -53, 53, -1074, 1023, 1024];
    const wrong: number[][] = [];
    for (const a of grid) for (const b of grid) if (!Object.is(fdlibmPow(a, b), Math.pow(a, b))) wrong.push([a, b]);
    expect(wrong).toEqual([]);
    const res = compareBinary(fdlibmPow, Math.pow, gens, N);
    expect(res.inputs).toBeGreaterThanOrEqual(200_000);
    expect({ mismatches: res.mismatches, examples: res.examples }).toEqual({ mismatches: 0, examples: [] });
  });
});
