// Arithmetic on int, bool and float with Python's semantics: ints are small
// (PyInt, within ±(2^53 - 1), where a double and a 64-bit int agree) until a
// result leaves that range and becomes a PyLong (BigNum); floor division
// and modulo round toward minus infinity; mixed int/float operations compare
// exactly.  The interpreter calls `binaryOp` & co., whose fast paths cover
// the builtin numbers; everything else goes through the dunder methods.
import { intDiv, toFloat, toInt } from "rts/rlib";
import { dontLookInside } from "rts/jit";
import { BigNum, BigNumOverflow, BigNumValueError, BigNumZeroDivision, SMALL_MAX } from "../bigint.ts";
import { ldexp } from "../bigint-conv.ts";
import { BinaryOp, CompareOp } from "../code.ts";
import { overflowError, typeError, valueError, zeroDivision } from "./exceptions.ts";
import {
  NOT_IMPLEMENTED, PyBool, PyFloat, PyInstance, PyInt, PyLong, PyObject, PyStr, pyBool, pyFloat, pyInt,
} from "./model.ts";
import { binaryDispatch, inplaceDispatch, richCompare, typeName, callSpecial } from "./ops.ts";

const MUL_SAFE = 67108864; // 2^26: a product of two smaller magnitudes fits in 2^52

/** An int literal's decimal digits as an int object. */
export function intFromDecimal(digits: string): PyObject {
  if (digits.length <= 15) return pyInt(toInt(Number(digits)));
  return intFromBig(BigNum.fromString(digits, 10));
}

export function intFromBig(b: BigNum): PyObject {
  return b.fitsSmall() ? pyInt(b.toNumber()) : new PyLong(b);
}

/** The int value of an int, bool or instance of an int subclass, or null. */
export function asInt(o: PyObject): PyInt | PyLong | null {
  if (o instanceof PyInt || o instanceof PyLong) return o;
  if (o instanceof PyInstance && (o.builtin instanceof PyInt || o.builtin instanceof PyLong)) return o.builtin;
  return null;
}

export function asFloat(o: PyObject): PyFloat | null {
  if (o instanceof PyFloat) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyFloat) return o.builtin;
  return null;
}

export function bigOf(o: PyInt | PyLong): BigNum {
  return o instanceof PyLong ? o.big : BigNum.fromInt(o.value);
}

/** float(int), or OverflowError. */
export function intToFloat(o: PyInt | PyLong): number {
  if (o instanceof PyInt) return toFloat(o.value);
  try {
    return o.big.toFloat();
  } catch (e) {
    if (e instanceof BigNumOverflow) throw overflowError("int too large to convert to float");
    throw e;
  }
}

/** Runs a BigNum operation, turning its errors into Python's. */
function big(f: () => BigNum): PyObject {
  try {
    return intFromBig(f());
  } catch (e) {
    throw bigError(e);
  }
}

function bigError(e: unknown): unknown {
  if (e instanceof BigNumZeroDivision) return zeroDivision(e.message);
  if (e instanceof BigNumOverflow) return overflowError(e.message);
  if (e instanceof BigNumValueError) return valueError(e.message);
  return e;
}

// ---- small ints ----------------------------------------------------------------------------------------

/**
 * a * b for ints whose product is within ±2^53, as an int: JavaScript's
 * `a * b` may be -0, so RTS keeps a product of values of unknown sign a
 * float; a product of two absolute values is an int.
 */
function exactProduct(a: number, b: number): number {
  const p = Math.abs(a) * Math.abs(b);
  return a < 0 !== b < 0 ? 0 - p : p;
}

function floorDivSmall(x: number, y: number): number {
  let q = intDiv(x, y);
  const r = x - exactProduct(q, y);
  if (r !== 0 && r < 0 !== y < 0) q -= 1;
  return q;
}

function modSmall(x: number, y: number): number {
  const q = intDiv(x, y);
  let r = x - exactProduct(q, y);
  if (r !== 0 && r < 0 !== y < 0) r += y;
  return r;
}

function powSmall(x: number, y: number): PyObject {
  let result = 1;
  let base = x;
  let e = y;
  while (e > 0) {
    if (e % 2 === 1) {
      const p = toFloat(result) * toFloat(base);
      if (p >= SMALL_MAX || p <= -SMALL_MAX) return intFromBig(BigNum.fromInt(x).powInt(y));
      result = toInt(p);
    }
    e = intDiv(e, 2);
    if (e > 0) {
      const sq = toFloat(base) * toFloat(base);
      if (sq >= SMALL_MAX) return intFromBig(BigNum.fromInt(x).powInt(y));
      base = toInt(sq);
    }
  }
  return pyInt(result);
}

/** A small-int operation whose result left the small range: done on big ints (the JIT calls it: a loop inside). */
function smallOverflow(x: number, y: number, op: BinaryOp): PyObject {
  return bigBinary(BigNum.fromInt(x), BigNum.fromInt(y), op);
}
dontLookInside(smallOverflow);

/**
 * x & y, x | y or x ^ y of small ints beyond int32 (a Mersenne Twister's
 * 32-bit words): on their high parts and their low 32 bits, which
 * JavaScript's operators take as int32s — two's complement throughout, as
 * Python's ints (a big int's limbs otherwise).
 */
function wideBitwise(x: number, y: number, op: BinaryOp): number {
  const xh = toInt(Math.floor(toFloat(x) / 4294967296));
  const yh = toInt(Math.floor(toFloat(y) / 4294967296));
  const xl = x - xh * 4294967296;
  const yl = y - yh * 4294967296;
  const hi = op === BinaryOp.AND ? xh & yh : op === BinaryOp.OR ? xh | yh : xh ^ yh;
  const lo = (op === BinaryOp.AND ? xl & yl : op === BinaryOp.OR ? xl | yl : xl ^ yl) >>> 0;
  return hi * 4294967296 + lo;
}

/** An operator on two small ints; null when it is a float operation the caller does (true division, negative powers). */
export function intBinary(x: number, y: number, op: BinaryOp): PyObject {
  switch (op) {
    case BinaryOp.ADD: {
      const r = x + y;
      return r > SMALL_MAX || r < -SMALL_MAX ? smallOverflow(x, y, op) : pyInt(r);
    }
    case BinaryOp.SUB: {
      const r = x - y;
      return r > SMALL_MAX || r < -SMALL_MAX ? smallOverflow(x, y, op) : pyInt(r);
    }
    case BinaryOp.MUL: {
      if (x < MUL_SAFE && x > -MUL_SAFE && y < MUL_SAFE && y > -MUL_SAFE) return pyInt(exactProduct(x, y));
      const p = toFloat(x) * toFloat(y);
      if (p < SMALL_MAX && p > -SMALL_MAX) return pyInt(toInt(p));
      return smallOverflow(x, y, op);
    }
    case BinaryOp.FLOORDIV:
      if (y === 0) throw zeroDivision("integer division or modulo by zero");
      return pyInt(floorDivSmall(x, y));
    case BinaryOp.MOD:
      if (y === 0) throw zeroDivision("integer modulo by zero");
      return pyInt(modSmall(x, y));
    case BinaryOp.TRUEDIV:
      if (y === 0) throw zeroDivision("division by zero");
      return pyFloat(toFloat(x) / toFloat(y));
    case BinaryOp.POW:
      if (y < 0) {
        if (x === 0) throw zeroDivision("0.0 cannot be raised to a negative power");
        return pyFloat(floatPow(toFloat(x), toFloat(y)));
      }
      return powSmall(x, y);
    case BinaryOp.LSHIFT:
      if (y < 0) throw valueError("negative shift count");
      if (x === 0) return pyInt(0);
      if (y < 53) {
        // (ldexp: exact, where Math.pow would run fdlibm's pow)
        const r = ldexp(toFloat(x), y);
        if (r < SMALL_MAX && r > -SMALL_MAX) return pyInt(toInt(r));
      }
      return smallOverflow(x, y, op);
    case BinaryOp.RSHIFT:
      if (y < 0) throw valueError("negative shift count");
      if (y >= 53) return pyInt(x < 0 ? -1 : 0);
      return pyInt(toInt(Math.floor(ldexp(toFloat(x), -y))));
    case BinaryOp.AND:
    case BinaryOp.OR:
    case BinaryOp.XOR:
      if (x >= -2147483648 && x <= 2147483647 && y >= -2147483648 && y <= 2147483647)
        return pyInt(op === BinaryOp.AND ? x & y : op === BinaryOp.OR ? x | y : x ^ y);
      return pyInt(wideBitwise(x, y, op));
    case BinaryOp.MATMUL:
      return NOT_IMPLEMENTED;
  }
  return NOT_IMPLEMENTED;
}

/** An operator on two ints of which one (at least) is big. */
export function bigBinary(a: BigNum, b: BigNum, op: BinaryOp): PyObject {
  switch (op) {
    case BinaryOp.ADD:
      return intFromBig(a.add(b));
    case BinaryOp.SUB:
      return intFromBig(a.sub(b));
    case BinaryOp.MUL:
      return intFromBig(a.mul(b));
    case BinaryOp.FLOORDIV:
      if (b.isZero()) throw zeroDivision("integer division or modulo by zero");
      return big(() => a.floorDiv(b));
    case BinaryOp.MOD:
      if (b.isZero()) throw zeroDivision("integer modulo by zero");
      return big(() => a.mod(b));
    case BinaryOp.TRUEDIV:
      if (b.isZero()) throw zeroDivision("division by zero");
      try {
        return pyFloat(a.trueDiv(b));
      } catch (e) {
        throw bigError(e);
      }
    case BinaryOp.POW:
      if (b.sign() < 0) {
        if (a.isZero()) throw zeroDivision("0.0 cannot be raised to a negative power");
        try {
          return pyFloat(Math.pow(a.toFloat(), b.toFloat()));
        } catch (e) {
          throw bigError(e);
        }
      }
      return big(() => a.pow(b));
    case BinaryOp.LSHIFT:
      if (b.sign() < 0) throw valueError("negative shift count");
      if (!b.fitsSmall()) throw overflowError("too many digits in integer");
      return big(() => a.shl(b.toNumber()));
    case BinaryOp.RSHIFT:
      if (b.sign() < 0) throw valueError("negative shift count");
      if (!b.fitsSmall()) return pyInt(a.sign() < 0 ? -1 : 0);
      return big(() => a.shr(b.toNumber()));
    case BinaryOp.AND:
      return intFromBig(a.and(b));
    case BinaryOp.OR:
      return intFromBig(a.or(b));
    case BinaryOp.XOR:
      return intFromBig(a.xor(b));
  }
  return NOT_IMPLEMENTED;
}
// (the JIT calls it, as PyPy's traces call rbigint: a trace through the digits' branches — signs, sizes,
// carries — would take a guard for each, and fail them as the numbers grow; pidigits 1.12x -> 1.45x CPython's time)
dontLookInside(bigBinary);

/** int <op> int for any two ints (small, big, bools); bool & | ^ bool stays a bool. */
export function intOp(a: PyInt | PyLong, b: PyInt | PyLong, op: BinaryOp): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) {
    if (a instanceof PyBool && b instanceof PyBool && (op === BinaryOp.AND || op === BinaryOp.OR || op === BinaryOp.XOR))
      return pyBool((op === BinaryOp.AND ? a.value & b.value : op === BinaryOp.OR ? a.value | b.value : a.value ^ b.value) !== 0);
    return intBinary(a.value, b.value, op);
  }
  return bigBinary(bigOf(a), bigOf(b), op);
}

// ---- floats ---------------------------------------------------------------------------------------------

/** CPython's float divmod: the quotient floored, the remainder with the divisor's sign. */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1.0;
    }
  } else mod = y < 0 ? -0.0 : 0.0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // (the zero with the sign of x / y: -0.0 // 1.0 is -0.0)
    const q = x / y;
    floordiv = q < 0 || (q === 0 && 1 / q < 0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

// double-double scratch (a value hi + lo): the results of ddMul and twoProd
let ddHi = 0.0;
let ddLo = 0.0;

/** a * b exactly as hi + lo (Dekker's product: no fused multiply-add needed). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  const ca = 134217729.0 * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = 134217729.0 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  ddHi = p;
  ddLo = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (h1 + l1) * (h2 + l2) in double-double. */
function ddMul(h1: number, l1: number, h2: number, l2: number): void {
  twoProd(h1, h2);
  const e = ddLo + (h1 * l2 + l1 * h2);
  const s = ddHi + e;
  ddLo = e - (s - ddHi);
  ddHi = s;
}

/**
 * x ** n for an integer n by squaring in double-double, rounded once: the
 * correctly rounded power as CPython gets it from the C library (V8's
 * Math.pow, which the toolkit's Math.pow is, is off by an ulp for 10 ** -4).
 * NaN when an intermediate leaves the range where the splitting is exact.
 */
function powIntExact(x: number, n: number): number {
  let e = n < 0 ? 0 - n : n;
  let rh = 1.0;
  let rl = 0.0;
  let bh = x;
  let bl = 0.0;
  while (e > 0) {
    if (e % 2 === 1) {
      ddMul(rh, rl, bh, bl);
      rh = ddHi;
      rl = ddLo;
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      ddMul(bh, bl, bh, bl);
      bh = ddHi;
      bl = ddLo;
    }
    if (!(Math.abs(rh) < 1e290 && Math.abs(bh) < 1e290 && Math.abs(rh) > 1e-290)) return NaN;
  }
  // (rounded half to even: glibc, which CPython calls, rounds some exact ties (10.0 ** 23) the other way)
  if (n >= 0) return rh + rl;
  // 1 / (rh + rl): a first quotient and its correction
  const q = 1.0 / rh;
  twoProd(q, rh);
  const r = 1.0 - ddHi - ddLo - q * rl;
  return q + r / rh;
}

export function floatPow(x: number, y: number): number {
  if (x === 0 && y < 0) throw zeroDivision("0.0 cannot be raised to a negative power");
  if (x < 0 && y !== Math.floor(y) && Number.isFinite(y)) throw valueError("math domain error");
  if (x === 1 || y === 0) return 1.0;
  if (y === 2) return x * x;
  if (y === 1) return x;
  if (Number.isFinite(x) && x !== 0 && y === Math.floor(y) && Math.abs(y) <= 1024) {
    const exact = powIntExact(x, y);
    if (exact === exact) return exact;
  }
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

export function floatBinary(x: number, y: number, op: BinaryOp): PyObject {
  switch (op) {
    case BinaryOp.ADD:
      return pyFloat(x + y);
    case BinaryOp.SUB:
      return pyFloat(x - y);
    case BinaryOp.MUL:
      return pyFloat(x * y);
    case BinaryOp.TRUEDIV:
      if (y === 0) throw zeroDivision("float division by zero");
      return pyFloat(x / y);
    case BinaryOp.FLOORDIV:
      if (y === 0) throw zeroDivision("float floor division by zero");
      return pyFloat(floatDivmod(x, y)[0]);
    case BinaryOp.MOD:
      if (y === 0) throw zeroDivision("float modulo");
      return pyFloat(floatDivmod(x, y)[1]);
    case BinaryOp.POW:
      return pyFloat(floatPow(x, y));
  }
  return NOT_IMPLEMENTED;
}

/** A number as a float for mixed arithmetic, or null when it is not an int or float. */
export function floatOperand(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return toFloat(o.value);
  if (o instanceof PyLong) return intToFloat(o);
  const f = asFloat(o);
  if (f !== null) return f.value;
  const i = asInt(o);
  if (i !== null) return intToFloat(i);
  return null;
}

// ---- the interpreter's entry points ------------------------------------------------------------------

export function binaryOp(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  if (a instanceof PyInt && b instanceof PyInt && !(a instanceof PyBool)) {
    const r = intBinary(a.value, b.value, op);
    if (r !== NOT_IMPLEMENTED) return r;
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return floatBinary(a.value, b.value, op);
    if (b instanceof PyInt) {
      const r = floatBinary(a.value, toFloat(b.value), op);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  } else if (a instanceof PyInt && b instanceof PyFloat) {
    const r = floatBinary(toFloat(a.value), b.value, op);
    if (r !== NOT_IMPLEMENTED) return r;
  } else if (op === BinaryOp.ADD && a instanceof PyStr && b instanceof PyStr) {
    return new PyStr(a.value + b.value, a.length + b.length);
  }
  return binaryDispatch(a, b, op);
}

export function inplaceOp(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  if ((a instanceof PyInt && !(a instanceof PyBool)) || a instanceof PyFloat || a instanceof PyStr) return binaryOp(a, b, op);
  return inplaceDispatch(a, b, op);
}

function compareNumbers(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.EQ:
      return c === 0;
    case CompareOp.NE:
      return c !== 0;
    case CompareOp.GT:
      return c > 0;
    case CompareOp.GE:
      return c >= 0;
  }
  return false;
}

/** Two small ints compared (ints to the translator: compareFloats's operands are floats, and a trace converted both). */
function compareInts(x: number, y: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return x < y;
    case CompareOp.LE:
      return x <= y;
    case CompareOp.EQ:
      return x === y;
    case CompareOp.NE:
      return x !== y;
    case CompareOp.GT:
      return x > y;
    case CompareOp.GE:
      return x >= y;
  }
  return false;
}

function compareFloats(x: number, y: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return x < y;
    case CompareOp.LE:
      return x <= y;
    case CompareOp.EQ:
      return x === y;
    case CompareOp.NE:
      return x !== y;
    case CompareOp.GT:
      return x > y;
    case CompareOp.GE:
      return x >= y;
  }
  return false;
}

/** Compares two numbers exactly (ints of any size, floats), or null when one is not a number. */
export function numberCompare(a: PyObject, b: PyObject, op: CompareOp): boolean | null {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== null && ib !== null) {
    if (ia instanceof PyInt && ib instanceof PyInt) return compareInts(ia.value, ib.value, op);
    // (a PyLong is beyond every PyInt: its sign decides, without making a big number of the small one)
    if (ia instanceof PyInt && ib instanceof PyLong) return compareNumbers(ib.big.negative ? 1 : -1, op);
    if (ia instanceof PyLong && ib instanceof PyInt) return compareNumbers(ia.big.negative ? -1 : 1, op);
    return compareNumbers(bigOf(ia).compare(bigOf(ib)), op);
  }
  const fa = asFloat(a);
  const fb = asFloat(b);
  if (fa !== null && fb !== null) return compareFloats(fa.value, fb.value, op);
  if (fa !== null && ib !== null) {
    if (fa.value !== fa.value) return op === CompareOp.NE;
    if (ib instanceof PyInt) return compareFloats(fa.value, toFloat(ib.value), op);
    return compareNumbers(-ib.big.compareFloat(fa.value), op);
  }
  if (ia !== null && fb !== null) {
    if (fb.value !== fb.value) return op === CompareOp.NE;
    if (ia instanceof PyInt) return compareFloats(toFloat(ia.value), fb.value, op);
    return compareNumbers(ia.big.compareFloat(fb.value), op);
  }
  return null;
}

export function compareOp(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) return pyBool(compareInts(a.value, b.value, op));
  if (a instanceof PyFloat && b instanceof PyFloat) return pyBool(compareFloats(a.value, b.value, op));
  if (a instanceof PyStr && b instanceof PyStr) {
    const c = a.value < b.value ? -1 : a.value === b.value ? 0 : 1;
    return pyBool(compareNumbers(c, op));
  }
  return richCompare(a, b, op);
}

export function negate(a: PyObject): PyObject {
  if (a instanceof PyInt) return a.value === 0 ? a : pyInt(0 - a.value);
  if (a instanceof PyFloat) return pyFloat(-a.value);
  if (a instanceof PyLong) return intFromBig(a.big.neg());
  return unary(a, "__neg__", "-");
}

export function positive(a: PyObject): PyObject {
  if (a instanceof PyInt && !(a instanceof PyBool)) return a;
  if (a instanceof PyBool) return pyInt(a.value);
  if (a instanceof PyFloat || a instanceof PyLong) return a;
  return unary(a, "__pos__", "+");
}

export function invert(a: PyObject): PyObject {
  if (a instanceof PyInt) return pyInt(-1 - a.value);
  if (a instanceof PyLong) return intFromBig(a.big.invert());
  return unary(a, "__invert__", "~");
}

function unary(a: PyObject, name: string, symbol: string): PyObject {
  const r = callSpecial(a, name, []);
  if (r === null) throw typeError(`bad operand type for unary ${symbol}: '${typeName(a)}'`);
  return r;
}
