// Math.sin, cos, tan, atan, atan2, exp, log and pow written in RTS, giving
// the same bits as Node 20 for every input.
//
// V8 does not call the C library for these functions: it carries its own
// port of Sun's fdlibm (deps/v8/src/base/ieee754.cc; pow is the port's
// "legacy" fdlibm pow, adapted to JavaScript's special cases).  glibc's libm
// rounds differently in the last bit for a few percent of the inputs, so a
// translated program calling libm would print other digits than Node.  The
// functions here perform the same double-precision operations in the same
// order as V8's port, so each result is bit for bit Node's.  Special cases
// (NaN, +-0, +-Infinity) are tested first with plainer code where only the
// result matters.  The trigonometric functions and their argument reduction
// are in ./fdlibm-trig.ts.
//
// Bit patterns (hx, ix, lx, ...) are ints: high words signed int32 as
// floatHighWord returns them, low words unsigned.  All other numbers are
// doubles.  Constants are given by their IEEE words, so they are exact.

import { floatFromWords, floatHighWord, floatLowWord } from "rts/rlib";
import { elidable } from "rts/jit";
import { fdlibmCos, fdlibmSin, fdlibmTan, scaleByPow2 } from "./fdlibm-trig.ts";

export { fdlibmCos, fdlibmSin, fdlibmTan };

// The JIT calls these (RPython's math functions are external calls; the
// trigonometric ones are marked in ./fdlibm-trig.ts), folded
// when the arguments are constants: traced into, pow alone was some 200
// operations with a guard on every branch of its special cases.
elidable(fdlibmAtan);
elidable(fdlibmAtan2);
elidable(fdlibmExp);
elidable(fdlibmLog);
elidable(fdlibmPow);

/** x with its low word cleared: its leading 21 significand bits, exactly. */
function highPart(x: number): number {
  return floatFromWords(floatHighWord(x), 0);
}

const HUGE = 1.0e300;
const TINY = 1.0e-300;
// The NaN V8 returns (C++'s signaling_NaN(), a different payload from the
// default NaN) for log of a negative number and for pow of a negative base to
// a non-integer power.  It prints as NaN like any other.
const INVALID_NAN = floatFromWords(0x7ff40000, 0);

// ---- atan ----------------------------------------------------------------

// atan(0.5), atan(1), atan(1.5), atan(inf) as head + tail
const ATAN_HI: number[] = [
  floatFromWords(0x3fddac67, 0x0561bb4f),
  floatFromWords(0x3fe921fb, 0x54442d18),
  floatFromWords(0x3fef730b, 0xd281f69b),
  floatFromWords(0x3ff921fb, 0x54442d18),
];
const ATAN_LO: number[] = [
  floatFromWords(0x3c7a2b7f, 0x222f65e2),
  floatFromWords(0x3c81a626, 0x33145c07),
  floatFromWords(0x3c700788, 0x7af0cbbd),
  floatFromWords(0x3c91a626, 0x33145c07),
];
// atan(t) ~ t - t^3 * (AT[0] + AT[1] t^2 + ... + AT[10] t^20) on [0, 7/16]
const AT: number[] = [
  floatFromWords(0x3fd55555, 0x5555550d),
  floatFromWords(0xbfc99999, 0x9998ebc4),
  floatFromWords(0x3fc24924, 0x920083ff),
  floatFromWords(0xbfbc71c6, 0xfe231671),
  floatFromWords(0x3fb745cd, 0xc54c206e),
  floatFromWords(0xbfb3b0f2, 0xaf749a6d),
  floatFromWords(0x3fb10d66, 0xa0d03d51),
  floatFromWords(0xbfadde2d, 0x52defd9a),
  floatFromWords(0x3fa97b4b, 0x24760deb),
  floatFromWords(0xbfa2b444, 0x2c6a6c2f),
  floatFromWords(0x3f90ad3a, 0xe322da11),
];

/** Math.atan as Node computes it. */
export function fdlibmAtan(x0: number): number {
  let x = x0;
  const hx = floatHighWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x44100000) {
    // |x| >= 2^66 (or NaN): atan is +-pi/2 to the last bit
    if (Number.isNaN(x)) return x + x;
    return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
  }
  // Fold |x| onto [-7/16, 7/16] with atan(x) = atan(c) + atan((x-c)/(1+cx)).
  let id = -1;
  if (ix < 0x3fdc0000) {
    // |x| < 7/16: the polynomial directly
    if (ix < 0x3e400000) return x; // |x| < 2^-27
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      if (ix < 0x3fe60000) {
        id = 0; // 7/16 <= |x| < 11/16
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else {
        id = 1; // 11/16 <= |x| < 19/16
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) {
      id = 2; // 19/16 <= |x| < 39/16
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else {
      id = 3; // 39/16 <= |x| < 2^66
      x = -1.0 / x;
    }
  }
  const z = x * x;
  const w = z * z;
  // the polynomial in two halves, even and odd powers of w
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  const r = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
  return hx < 0 ? -r : r;
}

// ---- atan2 ---------------------------------------------------------------

const PI_O_4 = floatFromWords(0x3fe921fb, 0x54442d18);
const PI_O_2 = floatFromWords(0x3ff921fb, 0x54442d18);
const PI = floatFromWords(0x400921fb, 0x54442d18);
const PI_LO = floatFromWords(0x3ca1a626, 0x33145c07); // pi - PI

/** Math.atan2 as Node computes it. */
export function fdlibmAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  const hx = floatHighWord(x);
  const lx = floatLowWord(x);
  const ix = hx & 0x7fffffff;
  const hy = floatHighWord(y);
  const ly = floatLowWord(y);
  const iy = hy & 0x7fffffff;
  if (hx === 0x3ff00000 && lx === 0) return fdlibmAtan(y); // x is 1
  const m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2 * (x < 0) + (y < 0)

  if (iy === 0 && ly === 0) {
    // y is +-0
    if (m <= 1) return y;
    return m === 2 ? PI + TINY : -PI - TINY;
  }
  if (ix === 0 && lx === 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY; // x is +-0
  if (ix === 0x7ff00000) {
    // x is +-Infinity
    if (iy === 0x7ff00000) {
      if (m === 0) return PI_O_4 + TINY;
      if (m === 1) return -PI_O_4 - TINY;
      if (m === 2) return 3.0 * PI_O_4 + TINY;
      return -3.0 * PI_O_4 - TINY;
    }
    if (m === 0) return 0.0;
    if (m === 1) return -0.0;
    if (m === 2) return PI + TINY;
    return -PI - TINY;
  }
  if (iy === 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;

  // atan(|y/x|), then placed in the right quadrant
  const k = (iy - ix) >> 20; // about log2 |y/x|
  let z: number;
  let quadrant = m;
  if (k > 60) {
    // |y/x| > 2^60
    z = PI_O_2 + 0.5 * PI_LO;
    quadrant = m & 1;
  } else if (hx < 0 && k < -60) {
    z = 0.0; // |y|/x tiny and x < 0
  } else {
    z = fdlibmAtan(Math.abs(y / x));
  }
  if (quadrant === 0) return z;
  if (quadrant === 1) return -z;
  if (quadrant === 2) return PI - (z - PI_LO);
  return (z - PI_LO) - PI;
}

// ---- exp -----------------------------------------------------------------

const O_THRESHOLD = floatFromWords(0x40862e42, 0xfefa39ef); // above: overflow
const U_THRESHOLD = floatFromWords(0xc0874910, 0xd52d3051); // below: underflow
const LN2_HI = floatFromWords(0x3fe62e42, 0xfee00000); // k * LN2_HI is exact
const LN2_LO = floatFromWords(0x3dea39ef, 0x35793c76);
const INV_LN2 = floatFromWords(0x3ff71547, 0x652b82fe);
// R(z) ~ 2 + P1 z + ... + P5 z^5 approximates r (e^r + 1) / (e^r - 1)
const P1 = floatFromWords(0x3fc55555, 0x5555553e);
const P2 = floatFromWords(0xbf66c16c, 0x16bebd93);
const P3 = floatFromWords(0x3f11566a, 0xaf25de2c);
const P4 = floatFromWords(0xbebbbd41, 0xc5d26bf1);
const P5 = floatFromWords(0x3e663769, 0x72bea4d0);
const E = floatFromWords(0x4005bf0a, 0x8b145769);
const TWOM1000 = floatFromWords(0x01700000, 0); // 2^-1000
const TWO1023 = floatFromWords(0x7fe00000, 0); // 2^1023

/** Math.exp as Node computes it. */
export function fdlibmExp(x0: number): number {
  let x = x0;
  const hw = floatHighWord(x);
  const negative = hw < 0;
  const hx = hw & 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78...
    if (hx >= 0x7ff00000) {
      if (Number.isNaN(x)) return x + x;
      return negative ? 0.0 : x; // e^-inf = 0, e^inf = inf
    }
    if (x > O_THRESHOLD) return HUGE * HUGE;
    if (x < U_THRESHOLD) return TWOM1000 * TWOM1000;
  }

  // x = k ln2 + (hi - lo), |hi - lo| <= ln2 / 2
  let hi = 0.0;
  let lo = 0.0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      // 0.5 ln2 < |x| < 1.5 ln2: k is +-1
      if (x === 1.0) return E; // V8 special-cases e^1, which would be 1 ulp off
      if (negative) {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      } else {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      }
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1.0 + x; // |x| < 2^-28
  }

  // e^r = 1 + r + r c / (2 - c), with c = r - r^2 (P1 + ... )
  const t = x * x;
  const twopk = floatFromWords(0x3ff00000 + ((k >= -1021 ? k : k + 1000) << 20), 0);
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  const y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  // scale by 2^k, in two steps where 2^k alone would overflow or underflow
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * TWO1023;
    return y * twopk;
  }
  return y * twopk * TWOM1000;
}

// ---- log -----------------------------------------------------------------

const TWO54 = floatFromWords(0x43500000, 0);
// R(s) ~ Lg1 s^2 + ... + Lg7 s^14 approximates log(1+f) - 2s, s = f/(2+f)
const LG1 = floatFromWords(0x3fe55555, 0x55555593);
const LG2 = floatFromWords(0x3fd99999, 0x9997fa04);
const LG3 = floatFromWords(0x3fd24924, 0x94229359);
const LG4 = floatFromWords(0x3fcc71c5, 0x1d8e78af);
const LG5 = floatFromWords(0x3fc74664, 0x96cb03de);
const LG6 = floatFromWords(0x3fc39a09, 0xd078c69f);
const LG7 = floatFromWords(0x3fc2f112, 0xdf3e5244);

/** Math.log as Node computes it. */
export function fdlibmLog(x0: number): number {
  let x = x0;
  let hx = floatHighWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative or subnormal
    if ((hx & 0x7fffffff) === 0 && floatLowWord(x) === 0) return -Infinity;
    if (hx < 0) return INVALID_NAN;
    k -= 54; // scale a subnormal up into the normal range
    x *= TWO54;
    hx = floatHighWord(x);
  }
  if (hx >= 0x7ff00000) return x + x; // Infinity or NaN

  // x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2)
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000; // set when the significand is above sqrt(2)
  x = floatFromWords(hx | (i ^ 0x3ff00000), floatLowWord(x)); // x or x/2
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // -2^-20 <= f < 2^-20: a short series
    if (f === 0.0) {
      if (k === 0) return 0.0;
      return k * LN2_HI + k * LN2_LO;
    }
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - ((r - k * LN2_LO) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j; // positive when f is not small (significand beyond ~[1.38, 1.42])
  const r = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
  }
  if (k === 0) return f - s * (f - r);
  return k * LN2_HI - ((s * (f - r) - k * LN2_LO) - f);
}

// ---- pow -----------------------------------------------------------------

const DP_H: number[] = [0.0, floatFromWords(0x3fe2b803, 0x40000000)]; // log2(1.5) head
const DP_L: number[] = [0.0, floatFromWords(0x3e4cfdeb, 0x43cfd006)]; // and tail
const TWO53 = floatFromWords(0x43400000, 0);
// (3/2) (log(x) - 2s - 2/3 s^3) ~ L1 s^4 + ... + L6 s^14
const L1 = floatFromWords(0x3fe33333, 0x33333303);
const L2 = floatFromWords(0x3fdb6db6, 0xdb6fabff);
const L3 = floatFromWords(0x3fd55555, 0x518f264d);
const L4 = floatFromWords(0x3fd17460, 0xa91d4101);
const L5 = floatFromWords(0x3fcd864a, 0x93c9db65);
const L6 = floatFromWords(0x3fca7e28, 0x4a454eef);
const LG2_FULL = floatFromWords(0x3fe62e42, 0xfefa39ef); // ln 2
const LG2_H = floatFromWords(0x3fe62e43, 0);
const LG2_L = floatFromWords(0xbe205c61, 0x0ca86c39);
const OVT = floatFromWords(0x3c971547, 0x652b82fe); // -(1024 - log2(max double + 0.5 ulp))
const CP = floatFromWords(0x3feec709, 0xdc3a03fd); // 2 / (3 ln 2)
const CP_H = floatFromWords(0x3feec709, 0xe0000000);
const CP_L = floatFromWords(0xbe3e2fe0, 0x145b01f5);
const IVLN2 = floatFromWords(0x3ff71547, 0x652b82fe); // 1 / ln 2
const IVLN2_H = floatFromWords(0x3ff71547, 0x60000000);
const IVLN2_L = floatFromWords(0x3e54ae0b, 0xf85ddf44);

/**
 * Math.pow (and **) as Node computes it: x^y = 2^(y log2 x), with log2 x and
 * the product carried in head + tail pairs.
 */
export function fdlibmPow(x: number, y: number): number {
  const hx = floatHighWord(x);
  const lx = floatLowWord(x);
  const hy = floatHighWord(y);
  const ly = floatLowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if (iy === 0 && ly === 0) return 1.0; // x^+-0 is 1, even for NaN
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;

  // For x < 0: yIsInt is 0 when y is not an integer, 1 odd, 2 even.
  let yIsInt = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yIsInt = 2; // |y| >= 2^53
    } else if (iy >= 0x3ff00000) {
      const e = (iy >> 20) - 0x3ff; // the units bit is in the low word when e > 20
      if (e > 20) {
        const j = ly >>> (52 - e);
        if (j << (52 - e) === (ly | 0)) yIsInt = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - e);
        if (j << (20 - e) === iy) yIsInt = 2 - (j & 1);
      }
    }
  }

  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y is +-Infinity
      if (ix === 0x3ff00000 && lx === 0) return y - y; // (+-1)^+-inf is NaN in JavaScript
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0; // |x| > 1
      return hy < 0 ? -y : 0.0; // |x| < 1
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1.0 / x : x; // y is +-1
    if (hy === 0x40000000) return x * x; // y is 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y is 0.5, x >= +0
  }

  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x is +-0, +-Infinity or +-1
    let z = ax;
    if (hy < 0) z = 1.0 / z;
    if (hx < 0) {
      if (ix === 0x3ff00000 && yIsInt === 0) return INVALID_NAN; // (-1)^non-integer
      if (yIsInt === 1) z = -z;
    }
    return z;
  }

  let n = (hx >> 31) + 1; // 0 when x < 0
  if (n === 0 && yIsInt === 0) return INVALID_NAN; // negative^non-integer
  const s = n === 0 && yIsInt === 1 ? -1.0 : 1.0; // sign of the result

  // t1 + t2 = log2 |x|, t1 with its low word clear
  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: overflow or underflow unless x is 1
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // |1 - x| <= 2^-20: log(x) by its series x - x^2/2 + x^3/3 - x^4/4
    const t = ax - 1.0;
    const w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = IVLN2_H * t;
    const v = t * IVLN2_L - w * IVLN2;
    t1 = highPart(u + v);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = floatHighWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    // |x| = 2^n * ax with ax in [1, sqrt 3); k picks the expansion point 1 or 1.5
    ix = j | 0x3ff00000;
    let k = 0;
    if (j <= 0x3988e) {
      k = 0; // below sqrt(3/2)
    } else if (j < 0xbb67a) {
      k = 1; // below sqrt(3)
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = floatFromWords(ix, floatLowWord(ax));
    const bp = k === 0 ? 1.0 : 1.5;

    // ss = s_h + s_l = (ax - bp) / (ax + bp)
    const u = ax - bp;
    const v = 1.0 / (ax + bp);
    const ss = u * v;
    const sh = highPart(ss);
    let th = floatFromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0); // ax + bp, head
    let tl = ax - (th - bp);
    const sl = v * ((u - sh * th) - sh * tl);
    // log(ax / bp) = 2 ss + (2/3) ss^3 + ss^4 R(ss^2), scaled by 3/2
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sl * (sh + ss);
    s2 = sh * sh;
    th = highPart(3.0 + s2 + r);
    tl = r - ((th - 3.0) - s2);
    // (u2 + v2) = ss * (3 + ss^2 + r)
    const u2 = sh * th;
    const v2 = sl * th + tl * ss;
    const ph = highPart(u2 + v2);
    const pl = v2 - (ph - u2);
    // times 2 / (3 ln 2), plus log2(bp) and n
    const zh = CP_H * ph;
    const zl = CP_L * ph + pl * CP + DP_L[k];
    t1 = highPart(((zh + zl) + DP_H[k]) + n);
    t2 = zl - (((t1 - n) - DP_H[k]) - zh);
  }

  // (y1 + y2) * (t1 + t2) = ph + pl, y1 being y with its low word clear
  const y1 = highPart(y);
  const pl = (y - y1) * t1 + y * t2;
  let ph = y1 * t1;
  let z = pl + ph;
  let j = floatHighWord(z);
  const lz = floatLowWord(z);
  if (j >= 0x40900000) {
    // z >= 1024
    if (j !== 0x40900000 || lz !== 0) return s * HUGE * HUGE;
    if (pl + OVT > z - ph) return s * HUGE * HUGE;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (j !== (0xc090cc00 | 0) || lz !== 0) return s * TINY * TINY;
    if (pl <= z - ph) return s * TINY * TINY;
  }

  // 2^(ph + pl) = 2^n * 2^(ph' + pl), n the integer nearest to z
  const iz = j & 0x7fffffff;
  let k = (iz >> 20) - 0x3ff;
  n = 0;
  if (iz > 0x3fe00000) {
    // |z| > 0.5: take n off the head, using the bits of z
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = floatFromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    ph -= t;
  }
  // e^(u + v) with u + v = (ph + pl) ln 2, as in exp
  const t = highPart(pl + ph);
  const u = t * LG2_H;
  const v = (pl - (t - ph)) * LG2_FULL + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const c = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * c) / ((c - 2.0) - (w + z * w));
  z = 1.0 - (r - z);
  // times 2^n: into the exponent field, or by scaling when the result is subnormal
  j = floatHighWord(z) + (n << 20);
  if (j >> 20 <= 0) z = scaleByPow2(z, n);
  else z = floatFromWords(j, floatLowWord(z));
  return s * z;
}
