// Sine, cosine and tangent with the argument reduction they share, in RTS,
// giving the same bits as Node's Math.sin, Math.cos and Math.tan.
//
// V8 (so Node 20) does not call the C library for these: it carries its own
// port of Sun's fdlibm (deps/v8/src/base/ieee754.cc).  The routines below
// perform the same double-precision operations in the same order as that
// port, so each result is bit for bit what Node returns; glibc's libm
// rounds differently in the last bit for a few percent of the inputs.
// Re-exported by ./fdlibm.ts, which has the rest of the Math functions.
//
// Bit patterns (`hx`, `ix`, ...) are ints: high words are signed int32 as
// floatHighWord returns them, low words unsigned.  Every other number is a
// double.  The constants are given by their IEEE words, so they are exact.

import { floatFromWords, floatHighWord, floatLowWord } from "rts/rlib";
import { elidable } from "rts/jit";

// (the JIT calls them: ./fdlibm.ts)
elidable(fdlibmSin);
elidable(fdlibmCos);
elidable(fdlibmTan);

/** 2^n, exactly, for -1022 <= n <= 1023. */
function pow2(n: number): number {
  return floatFromWords((n + 1023) << 20, 0);
}

/**
 * x * 2^n with a single rounding, as C's scalbn computes it, for n <= 1023.
 * For n < -1022 the scaling is split in two, the first step exact, which
 * needs |x| >= 0.5 and n >= -1221 (pow's subnormal results are in that range).
 */
export function scaleByPow2(x: number, n: number): number {
  if (n >= -1022) return x * pow2(n);
  return x * pow2(n + 200) * pow2(-200);
}

// ---- argument reduction: x = N * pi/2 + (remHead + remTail) ----------------

// pi/2 split into pieces of 33 bits (the products n * piece are exact for the
// n this path sees) and the tails left after each piece.
const INV_PIO2 = floatFromWords(0x3fe45f30, 0x6dc9c883); // 2/pi, 53 bits
const PIO2_1 = floatFromWords(0x3ff921fb, 0x54400000);
const PIO2_1T = floatFromWords(0x3dd0b461, 0x1a626331);
const PIO2_2 = floatFromWords(0x3dd0b461, 0x1a600000);
const PIO2_2T = floatFromWords(0x3ba3198a, 0x2e037073);
const PIO2_3 = floatFromWords(0x3ba3198a, 0x2e000000);
const PIO2_3T = floatFromWords(0x397b839a, 0x252049c1);
const TWO24 = 16777216.0;
const TWON24 = floatFromWords(0x3e700000, 0); // 2^-24

// High words of n * pi/2 for n = 1..32: an argument this close to a multiple
// of pi/2 may cancel badly, so it always takes the careful path.
const NPIO2_HW: number[] = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb,
  0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb,
  0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c,
  0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
];

// The binary digits of 2/pi, 24 per entry (396 hex digits), for huge arguments.
const TWO_OVER_PI: number[] = [
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163,
  0xabdebb, 0xc561b7, 0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129,
  0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c, 0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c,
  0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11, 0x8b5a0a, 0x6d1f6d, 0x367ecf,
  0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7, 0x8a5292,
  0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3,
  0x91615e, 0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca,
  0x73a8c9, 0x60e27b, 0xc08c6b,
];

// pi/2 cut into 24-bit pieces (the first five are enough at this precision).
const PIO2_CHUNKS: number[] = [
  floatFromWords(0x3ff921fb, 0x40000000),
  floatFromWords(0x3e74442d, 0x00000000),
  floatFromWords(0x3cf84698, 0x80000000),
  floatFromWords(0x3b78cc51, 0x60000000),
  floatFromWords(0x39f01b83, 0x80000000),
];

// The reduced argument of the last remPio2 call, as a head and a tail.
let remHead = 0.0;
let remTail = 0.0;

function floatZeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0.0);
  return a;
}

function intZeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/**
 * Reduces a finite x with |x| > pi/4: returns N, the nearest integer to
 * x / (pi/2) (for huge x only N mod 8, all the callers need), and leaves
 * x - N*pi/2 in remHead + remTail.
 */
function remPio2(x: number): number {
  const hx = floatHighWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4: N is +-1; 33+53 bits of pi/2 suffice except right next to
    // pi/2, where a second 33-bit piece is taken off first.
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        remHead = z - PIO2_1T;
        remTail = (z - remHead) - PIO2_1T;
      } else {
        z -= PIO2_2;
        remHead = z - PIO2_2T;
        remTail = (z - remHead) - PIO2_2T;
      }
      return 1;
    }
    let z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      remHead = z + PIO2_1T;
      remTail = (z - remHead) + PIO2_1T;
    } else {
      z += PIO2_2;
      remHead = z + PIO2_2T;
      remTail = (z - remHead) + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| up to about 2^19 * pi/2: subtract N*pi/2 in up to three rounds,
    // adding a round whenever the previous one cancelled too many bits.
    const t = Math.abs(x);
    const n = Math.trunc(t * INV_PIO2 + 0.5);
    let r = t - n * PIO2_1;
    let w = n * PIO2_1T;
    let y0 = r - w;
    if (n >= 32 || ix === NPIO2_HW[n - 1]) {
      const e = ix >> 20;
      if (e - ((floatHighWord(y0) >> 20) & 0x7ff) > 16) {
        let t2 = r;
        w = n * PIO2_2;
        r = t2 - w;
        w = n * PIO2_2T - ((t2 - r) - w);
        y0 = r - w;
        if (e - ((floatHighWord(y0) >> 20) & 0x7ff) > 49) {
          t2 = r;
          w = n * PIO2_3;
          r = t2 - w;
          w = n * PIO2_3T - ((t2 - r) - w);
          y0 = r - w;
        }
      }
    }
    const y1 = (r - y0) - w;
    if (hx < 0) {
      remHead = -y0;
      remTail = -y1;
      return -n;
    }
    remHead = y0;
    remTail = y1;
    return n;
  }
  // Huge |x|: cut |x| * 2^-e0 into three 24-bit integers and multiply them
  // by just the digits of 2/pi that matter (kernelRemPio2).
  const e0 = (ix >> 20) - 1046;
  let z = floatFromWords(ix - (e0 << 20), floatLowWord(x));
  const tx = floatZeros(3);
  for (let i = 0; i < 2; i++) {
    tx[i] = Math.trunc(z);
    z = (z - tx[i]) * TWO24;
  }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0.0) nx--;
  const n = kernelRemPio2(tx, e0, nx);
  if (hx < 0) {
    remHead = -remHead;
    remTail = -remTail;
    return -n;
  }
  return n;
}

/**
 * Payne-Hanek reduction of x = (xs[0] + xs[1]*2^-24 + ...) * 2^e0 (each xs[i]
 * an integer below 2^24) at fdlibm's "64-bit" precision (jk = 4): returns
 * N mod 8 and leaves x - N*pi/2 in remHead + remTail.
 */
function kernelRemPio2(xs: number[], e0: number, nx: number): number {
  const jk = 4; // 2/pi digits beyond the ones x needs, at first
  const jx = nx - 1;
  let jv = Math.trunc((e0 - 3) / 24); // skip digits whose products are multiples of 8
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1); // exponent of q[0]
  const f = floatZeros(20); // the digits of 2/pi used, as doubles
  const q = floatZeros(20); // 24-bit chunks of x * 2/pi
  const fq = floatZeros(20);
  const iq = intZeros(20); // q distilled into exact 24-bit ints

  for (let i = 0, j = jv - jx; i <= jx + jk; i++, j++) f[i] = j < 0 ? 0.0 : TWO_OVER_PI[j];
  for (let i = 0; i <= jk; i++) {
    let fw = 0.0;
    for (let j = 0; j <= jx; j++) fw += xs[j] * f[jx + i - j];
    q[i] = fw;
  }

  let jz = jk;
  let z = 0.0;
  let n = 0;
  let ih = 0;
  for (;;) {
    // Distill q[jz..0] into 24-bit ints, lowest first.
    z = q[jz];
    for (let i = 0, j = jz; j > 0; i++, j--) {
      const fw = Math.trunc(TWON24 * z);
      iq[i] = Math.trunc(z - TWO24 * fw);
      z = q[j - 1] + fw;
    }
    // The integer part of the product, modulo 8, is N; z keeps the fraction.
    z = scaleByPow2(z, q0);
    z -= 8.0 * Math.floor(z * 0.125);
    n = Math.trunc(z);
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // the last bits of N are in iq[jz-1]
      const i = iq[jz - 1] >> (24 - q0);
      n += i;
      iq[jz - 1] -= i << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 === 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      // fraction >= 1/2: round N up and take 1 - fraction (negated later)
      n += 1;
      let carry = 0;
      for (let i = 0; i < jz; i++) {
        const j = iq[i];
        if (carry === 0) {
          if (j !== 0) {
            carry = 1;
            iq[i] = 0x1000000 - j;
          }
        } else {
          iq[i] = 0xffffff - j;
        }
      }
      if (q0 === 1) iq[jz - 1] &= 0x7fffff;
      else if (q0 === 2) iq[jz - 1] &= 0x3fffff;
      if (ih === 2) {
        z = 1.0 - z;
        if (carry !== 0) z -= pow2(q0);
      }
    }
    if (z !== 0.0) break;
    // The fraction cancelled to zero so far: if the chunks beyond jk are zero
    // too, take more digits of 2/pi and start over.
    let j = 0;
    for (let i = jz - 1; i >= jk; i--) j |= iq[i];
    if (j !== 0) break;
    let k = 1;
    while (jk >= k && iq[jk - k] === 0) k++;
    for (let i = jz + 1; i <= jz + k; i++) {
      f[jx + i] = TWO_OVER_PI[jv + i];
      let fw = 0.0;
      for (let jj = 0; jj <= jx; jj++) fw += xs[jj] * f[jx + i - jj];
      q[i] = fw;
    }
    jz += k;
  }

  if (z === 0.0) {
    // drop trailing zero chunks
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    // put the fraction back as one or two more 24-bit chunks
    z = scaleByPow2(z, -q0);
    if (z >= TWO24) {
      const fw = Math.trunc(TWON24 * z);
      iq[jz] = Math.trunc(z - TWO24 * fw);
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else {
      iq[jz] = Math.trunc(z);
    }
  }

  // The chunks as doubles, then times pi/2 (chunk by chunk), then summed.
  let fw = pow2(q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i];
    fw *= TWON24;
  }
  for (let i = jz; i >= 0; i--) {
    let s = 0.0;
    for (let k = 0; k <= jk && k <= jz - i; k++) s += PIO2_CHUNKS[k] * q[i + k];
    fq[jz - i] = s;
  }
  let sum = 0.0;
  for (let i = jz; i >= 0; i--) sum += fq[i];
  remHead = ih === 0 ? sum : -sum;
  sum = fq[0] - sum;
  for (let i = 1; i <= jz; i++) sum += fq[i];
  remTail = ih === 0 ? sum : -sum;
  return n & 7;
}

// ---- kernels on [-pi/4, pi/4]; y is the tail of the argument ----------------

const S1 = floatFromWords(0xbfc55555, 0x55555549);
const S2 = floatFromWords(0x3f811111, 0x1110f8a6);
const S3 = floatFromWords(0xbf2a01a0, 0x19c161d5);
const S4 = floatFromWords(0x3ec71de3, 0x57b1fe7d);
const S5 = floatFromWords(0xbe5ae5e6, 0x8a2b9ceb);
const S6 = floatFromWords(0x3de5d93a, 0x5acfd57c);

/** sin(x + y) by an odd polynomial; hasTail false means y is 0. */
function kernelSin(x: number, y: number, hasTail: boolean): number {
  const ix = floatHighWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return x; // |x| < 2^-27: sin x rounds to x
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (!hasTail) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

const C1 = floatFromWords(0x3fa55555, 0x5555554c);
const C2 = floatFromWords(0xbf56c16c, 0x16c15177);
const C3 = floatFromWords(0x3efa01a0, 0x19cb1590);
const C4 = floatFromWords(0xbe927e4f, 0x809c52ad);
const C5 = floatFromWords(0x3e21ee9e, 0xbdb4b1c4);
const C6 = floatFromWords(0xbda8fae9, 0xbe8838d4);

/** cos(x + y) = 1 - x^2/2 + polynomial, with the tail as a correction. */
function kernelCos(x: number, y: number): number {
  const ix = floatHighWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return 1.0; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1.0 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // Above 0.3, take a short qx ~ x^2/4 out of both parts first so that
  // 1 - qx is exact and the subtraction loses less.
  const qx = ix > 0x3fe90000 ? 0.28125 : floatFromWords(ix - 0x00200000, 0);
  const hz = 0.5 * z - qx;
  const a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

// tan(x) ~ x + T0 x^3 + ... + T12 x^27 on [0, 0.6744]
const T: number[] = [
  floatFromWords(0x3fd55555, 0x55555563),
  floatFromWords(0x3fc11111, 0x1110fe7a),
  floatFromWords(0x3faba1ba, 0x1bb341fe),
  floatFromWords(0x3f9664f4, 0x8406d637),
  floatFromWords(0x3f8226e3, 0xe96e8493),
  floatFromWords(0x3f6d6d22, 0xc9560328),
  floatFromWords(0x3f57dbc8, 0xfee08315),
  floatFromWords(0x3f4344d8, 0xf2f26501),
  floatFromWords(0x3f3026f7, 0x1a8d1068),
  floatFromWords(0x3f147e88, 0xa03792a6),
  floatFromWords(0x3f12b80f, 0x32f0a7e9),
  floatFromWords(0xbef375cb, 0xdb605373),
  floatFromWords(0x3efb2a70, 0x74bf7ad4),
];
const PIO4 = floatFromWords(0x3fe921fb, 0x54442d18);
const PIO4LO = floatFromWords(0x3c81a626, 0x33145c07);

/** -1/(x + r) computed so that the quotient's error stays below 1 ulp. */
function negReciprocal(x: number, r: number, w: number): number {
  const z = floatFromWords(floatHighWord(w), 0); // w = x + r, cut to 21 bits
  const v = r - (z - x); // z + v = x + r
  const a = -1.0 / w;
  const t = floatFromWords(floatHighWord(a), 0);
  const s = 1.0 + t * z;
  return t + a * (s + t * v);
}

/** tan(x + y) when k is 1, -1/tan(x + y) when k is -1. */
function kernelTan(x0: number, y0: number, k: number): number {
  let x = x0;
  let y = y0;
  const hx = floatHighWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) {
    // |x| < 2^-28
    if (ix === 0 && floatLowWord(x) === 0 && k === -1) return 1.0 / Math.abs(x);
    if (k === 1) return x;
    return negReciprocal(x, y, x + y);
  }
  const big = ix >= 0x3fe59428; // |x| >= 0.6744: use tan(pi/4 - x)
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    const z = PIO4 - x;
    const w = PIO4LO - y;
    x = z + w;
    y = 0.0;
  }
  const z = x * x;
  const w = z * z;
  // odd and even halves of the polynomial in x^4, for accuracy
  let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  const v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  const s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  const sum = x + r;
  if (big) return (1 - ((hx >> 30) & 2)) * (k - 2.0 * (x - (sum * sum / (sum + k) - r)));
  if (k === 1) return sum;
  return negReciprocal(x, r, sum);
}

// ---- the public functions ------------------------------------------------

/** Math.sin as Node computes it. */
export function fdlibmSin(x: number): number {
  const ix = floatHighWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0.0, false); // |x| <= pi/4
  if (ix >= 0x7ff00000) return x - x; // NaN for NaN and +-Infinity
  const n = remPio2(x) & 3;
  if (n === 0) return kernelSin(remHead, remTail, true);
  if (n === 1) return kernelCos(remHead, remTail);
  if (n === 2) return -kernelSin(remHead, remTail, true);
  return -kernelCos(remHead, remTail);
}

/** Math.cos as Node computes it. */
export function fdlibmCos(x: number): number {
  const ix = floatHighWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0.0);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x) & 3;
  if (n === 0) return kernelCos(remHead, remTail);
  if (n === 1) return -kernelSin(remHead, remTail, true);
  if (n === 2) return -kernelCos(remHead, remTail);
  return kernelSin(remHead, remTail, true);
}

/** Math.tan as Node computes it. */
export function fdlibmTan(x: number): number {
  const ix = floatHighWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0.0, 1);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  return kernelTan(remHead, remTail, 1 - ((n & 1) << 1)); // odd N: -1/tan
}
