// The number types' methods and constructors — int (small and big), bool,
// float — and range and slice: repr, hash, round(), the arithmetic dunders
// (so that subclasses and explicit calls work), divmod and 3-argument pow.
// (int(x) and float(x) of strs and other objects: numparse.ts)
import { formatd, toInt } from "rts/rlib";
import { BigNum, SMALL_MAX } from "../bigint.ts";
import { floatRepr } from "../ast.ts";
import { BinaryOp, CompareOp, BINARY_NAMES, COMPARE_NAMES } from "../code.ts";
import { overflowError, typeError, valueError, zeroDivision } from "./exceptions.ts";
import {
  BOOL_TYPE, FALSE, FLOAT_TYPE, INT_TYPE, KwArgs, NONE, NOT_IMPLEMENTED, PyBool, PyBuiltin, PyInt, PyLong, PyObject, PyRange,
  PyClassMethod, PySlice, PyStaticMethod, PyStr, PyType, RANGE_TYPE, SLICE_TYPE, TRUE, pyBool, pyFloat, pyInt, pyStr, pyTuple, PyBytes,
} from "./model.ts";
import { defGetter, defMethod, eq, repr, truthy, typeName } from "./ops.ts";
import {
  asFloat, asInt, bigOf, floatBinary, floatDivmod, floatOperand, intFromBig, intOp, intToFloat, numberCompare,
} from "./numbers.ts";
import { formatFloat, formatInt } from "./format.ts";
import { contains, getItem, getIter, nextOrNull, sliceIndices, toIndex, PyRangeIterator } from "./items.ts";
import {
  PyLongRange, indexObject, longRangeContains, longRangeEmpty, longRangeCount, longRangeEquals, longRangeIndex, longRangeItem, longRangeIter, longRangeLen, longRangeRepr, longRangeReversed, makeAnyRange,
} from "./longrange.ts";
import { newInstance } from "./objecttype.ts";
import { floatToInt, parseInt, parseIntBytes, toFloatValue, toIntObject } from "./numparse.ts";

// ---- int ---------------------------------------------------------------------------------------------

function intSelf(o: PyObject): PyInt | PyLong {
  const i = asInt(o);
  if (i === null) throw typeError(`descriptor requires a 'int' object but received a '${typeName(o)}'`);
  return i;
}

/** The int value of self, a bool's as a plain int (what int(), index(), +x, round() of one give). */
function exactIntSelf(o: PyObject): PyInt | PyLong {
  const i = intSelf(o);
  return i instanceof PyBool ? pyInt(i.value) : i;
}

export function intRepr(i: PyInt | PyLong): string {
  if (i instanceof PyBool) return i.value !== 0 ? "True" : "False";
  if (i instanceof PyInt) return String(i.value);
  return i.big.toString(10);
}

function wrapSubclass(cls: PyType, base: PyType, value: PyObject): PyObject {
  if (cls === base) return value;
  const o = newInstance(cls);
  o.builtin = value;
  return o;
}

INT_TYPE.dict.set("__new__", makeStatic("__new__", (args, kw) => {
  const cls = args[0] as PyType;
  let x: PyObject | null = args.length > 1 ? args[1] : null;
  let base: PyObject | null = args.length > 2 ? args[2] : null;
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "base") base = kw.values[i];
    else if (n === "x") x = kw.values[i];
    else throw typeError(`'${n}' is an invalid keyword argument for int()`);
  });
  let v: PyObject;
  if (x === null) v = pyInt(0);
  else if (base !== null) {
    const b = toIndex(base);
    if (b !== 0 && (b < 2 || b > 36)) throw valueError("int() base must be >= 2 and <= 36, or 0");
    if (x instanceof PyBytes) v = parseIntBytes(x, b);
    else if (!(x instanceof PyStr)) throw typeError("int() can't convert non-string with explicit base");
    else v = parseInt(x.value, b);
  } else v = toIntObject(x);
  return wrapSubclass(cls, INT_TYPE, v);
}));

function makeStatic(name: string, fn: (args: PyObject[], kw: KwArgs | null) => PyObject): PyObject {
  return new PyStaticMethod(new PyBuiltin(name, fn, null, null));
}

defMethod(INT_TYPE, "__repr__", (args) => pyStr(intRepr(intSelf(args[0]))));
defMethod(INT_TYPE, "__bool__", (args) => {
  const i = intSelf(args[0]);
  return pyBool(i instanceof PyInt ? i.value !== 0 : !i.big.isZero());
});
defMethod(INT_TYPE, "__int__", (args) => exactIntSelf(args[0]));
defMethod(INT_TYPE, "__index__", (args) => exactIntSelf(args[0]));
defMethod(INT_TYPE, "__float__", (args) => pyFloat(intToFloat(intSelf(args[0]))));
defMethod(INT_TYPE, "__neg__", (args) => {
  const i = intSelf(args[0]);
  return i instanceof PyInt ? pyInt(0 - i.value) : intFromBig(i.big.neg());
});
defMethod(INT_TYPE, "__pos__", (args) => exactIntSelf(args[0]));
defMethod(INT_TYPE, "__abs__", (args) => {
  const i = intSelf(args[0]);
  return i instanceof PyInt ? pyInt(Math.abs(i.value)) : intFromBig(i.big.abs());
});
defMethod(INT_TYPE, "__invert__", (args) => {
  const i = intSelf(args[0]);
  return i instanceof PyInt ? pyInt(-1 - i.value) : intFromBig(i.big.invert());
});
defMethod(INT_TYPE, "__trunc__", (args) => exactIntSelf(args[0]));
defMethod(INT_TYPE, "__floor__", (args) => exactIntSelf(args[0]));
defMethod(INT_TYPE, "__ceil__", (args) => exactIntSelf(args[0]));
defMethod(INT_TYPE, "__round__", (args) => {
  const i = exactIntSelf(args[0]);
  if (args.length < 2 || args[1] === NONE) return i;
  const nd = toIndex(args[1]);
  if (nd >= 0) return i;
  const p = intOp(pyInt(10), pyInt(0 - nd), BinaryOp.POW) as PyInt | PyLong;
  const half = bigOf(p).shr(1);
  const b = bigOf(i);
  const [q, r] = b.divmod(bigOf(p));
  let qq = q;
  const c = r.compare(half);
  if (c > 0 || (c === 0 && !q.and(BigNum.ONE).isZero())) qq = q.add(BigNum.ONE);
  return intFromBig(qq.mul(bigOf(p)));
});
defMethod(INT_TYPE, "bit_length", (args) => {
  const i = intSelf(args[0]);
  return pyInt(bigOf(i).bitLength());
});
defMethod(INT_TYPE, "bit_count", (args) => {
  const s = bigOf(intSelf(args[0])).abs().toString(2);
  let n = 0;
  for (const c of s) if (c === "1") n++;
  return pyInt(n);
});
defMethod(INT_TYPE, "conjugate", (args) => intSelf(args[0]));
defMethod(INT_TYPE, "as_integer_ratio", (args) => pyTuple([exactIntSelf(args[0]), pyInt(1)]));
defGetter(INT_TYPE, "real", (o) => intSelf(o));
defGetter(INT_TYPE, "imag", () => pyInt(0));
defGetter(INT_TYPE, "numerator", (o) => intSelf(o));
defGetter(INT_TYPE, "denominator", () => pyInt(1));
defMethod(INT_TYPE, "__format__", (args) => {
  const spec = args[1] instanceof PyStr ? args[1].value : "";
  const i = intSelf(args[0]);
  if (spec === "") return pyStr(i instanceof PyBool ? intRepr(i) : intRepr(i));
  return pyStr(formatInt(i, spec));
});
defMethod(INT_TYPE, "__getnewargs__", (args) => pyTuple([intSelf(args[0])]));

/** int.__op__ (data: the operator) and int.__rop__ (data: the operator + 100). */
function intBinaryMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const a = intSelf(args[0]);
  const b = asInt(args[1]);
  if (b === null) return NOT_IMPLEMENTED;
  if (data >= 100) return intOp(b, a, (data - 100) as BinaryOp);
  if (data === BinaryOp.POW && args.length > 2 && args[2] !== NONE) return powMod(a, b, args[2]);
  return intOp(a, b, data as BinaryOp);
}
for (let op = 0; op < BINARY_NAMES.length; op++) {
  defMethod(INT_TYPE, `__${BINARY_NAMES[op]}__`, intBinaryMethod, op);
  defMethod(INT_TYPE, `__r${BINARY_NAMES[op]}__`, intBinaryMethod, op + 100);
}
defMethod(INT_TYPE, "__divmod__", (args) => {
  const a = intSelf(args[0]);
  const b = asInt(args[1]);
  if (b === null) return NOT_IMPLEMENTED;
  return pyTuple([intOp(a, b, BinaryOp.FLOORDIV), intOp(a, b, BinaryOp.MOD)]);
});
defMethod(INT_TYPE, "__rdivmod__", (args) => {
  const a = intSelf(args[0]);
  const b = asInt(args[1]);
  if (b === null) return NOT_IMPLEMENTED;
  return pyTuple([intOp(b, a, BinaryOp.FLOORDIV), intOp(b, a, BinaryOp.MOD)]);
});
/** The comparison dunders of int and float (data: the CompareOp). */
function numberCompareMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  if (asInt(args[1]) === null && asFloat(args[1]) === null) return NOT_IMPLEMENTED;
  const r = numberCompare(args[0], args[1], data as CompareOp);
  return r === null ? NOT_IMPLEMENTED : pyBool(r);
}
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(INT_TYPE, COMPARE_NAMES[op], numberCompareMethod, op);

/** pow(a, b, m) for ints. */
export function powMod(a: PyInt | PyLong, b: PyInt | PyLong, m: PyObject): PyObject {
  const mi = asInt(m);
  if (mi === null) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  const mb = bigOf(mi);
  if (mb.isZero()) throw valueError("pow() 3rd argument cannot be 0");
  let e = bigOf(b);
  let base = bigOf(a);
  if (e.sign() < 0) {
    base = modInverse(base, mb);
    e = e.neg();
  }
  return intFromBig(base.powMod(e, mb));
}

function modInverse(a: BigNum, m: BigNum): BigNum {
  // extended Euclid on |m|; the result has m's sign convention through the final mod
  const mm = m.abs();
  let [oldR, r] = [a.mod(mm), mm];
  let [oldS, s] = [BigNum.ONE, BigNum.ZERO];
  while (!r.isZero()) {
    const q = oldR.floorDiv(r);
    [oldR, r] = [r, oldR.sub(q.mul(r))];
    [oldS, s] = [s, oldS.sub(q.mul(s))];
  }
  if (!oldR.equals(BigNum.ONE)) throw valueError("base is not invertible for the given modulus");
  return oldS.mod(m);
}

// ---- bool --------------------------------------------------------------------------------------------

BOOL_TYPE.dict.set("__new__", makeStatic("__new__", (args) => pyBool(args.length > 1 && truthy(args[1]))));
defMethod(BOOL_TYPE, "__repr__", (args) => pyStr(args[0] === TRUE ? "True" : "False"));
/** bool & | ^ bool stays a bool (data: the operator). */
function boolBitMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const b = asInt(args[1]);
  if (b === null) return NOT_IMPLEMENTED;
  return intOp(intSelf(args[0]), b, data as BinaryOp);
}
defMethod(BOOL_TYPE, "__and__", boolBitMethod, BinaryOp.AND);
defMethod(BOOL_TYPE, "__or__", boolBitMethod, BinaryOp.OR);
defMethod(BOOL_TYPE, "__xor__", boolBitMethod, BinaryOp.XOR);
defMethod(BOOL_TYPE, "__rand__", boolBitMethod, BinaryOp.AND);
defMethod(BOOL_TYPE, "__ror__", boolBitMethod, BinaryOp.OR);
defMethod(BOOL_TYPE, "__rxor__", boolBitMethod, BinaryOp.XOR);

// ---- float -------------------------------------------------------------------------------------------

function floatSelf(o: PyObject): number {
  const f = asFloat(o);
  if (f === null) throw typeError(`descriptor requires a 'float' object but received a '${typeName(o)}'`);
  return f.value;
}

FLOAT_TYPE.dict.set("__new__", makeStatic("__new__", (args) => {
  const cls = args[0] as PyType;
  const v = pyFloat(args.length > 1 ? toFloatValue(args[1]) : 0.0);
  return wrapSubclass(cls, FLOAT_TYPE, v);
}));
defMethod(FLOAT_TYPE, "__repr__", (args) => pyStr(floatRepr(floatSelf(args[0]))));
defMethod(FLOAT_TYPE, "__bool__", (args) => pyBool(floatSelf(args[0]) !== 0));
defMethod(FLOAT_TYPE, "__int__", (args) => floatToInt(floatSelf(args[0])));
defMethod(FLOAT_TYPE, "__trunc__", (args) => floatToInt(floatSelf(args[0])));
defMethod(FLOAT_TYPE, "__floor__", (args) => floatToInt(Math.floor(floatSelf(args[0]))));
defMethod(FLOAT_TYPE, "__ceil__", (args) => floatToInt(Math.ceil(floatSelf(args[0]))));
defMethod(FLOAT_TYPE, "__float__", (args) => pyFloat(floatSelf(args[0])));
defMethod(FLOAT_TYPE, "__neg__", (args) => pyFloat(-floatSelf(args[0])));
defMethod(FLOAT_TYPE, "__pos__", (args) => pyFloat(floatSelf(args[0])));
defMethod(FLOAT_TYPE, "__abs__", (args) => pyFloat(Math.abs(floatSelf(args[0]))));
defMethod(FLOAT_TYPE, "is_integer", (args) => {
  const x = floatSelf(args[0]);
  return pyBool(Number.isFinite(x) && Math.floor(x) === x);
});
defMethod(FLOAT_TYPE, "conjugate", (args) => pyFloat(floatSelf(args[0])));
defGetter(FLOAT_TYPE, "real", (o) => pyFloat(floatSelf(o)));
defGetter(FLOAT_TYPE, "imag", () => pyFloat(0.0));
defMethod(FLOAT_TYPE, "as_integer_ratio", (args) => {
  let x = floatSelf(args[0]);
  if (!Number.isFinite(x)) throw x !== x ? valueError("cannot convert NaN to integer ratio") : overflowError("cannot convert Infinity to integer ratio");
  let den = BigNum.ONE;
  while (x !== Math.floor(x)) {
    x *= 2;
    den = den.shl(1);
  }
  const num = BigNum.fromDouble(x);
  return pyTuple([intFromBig(num), intFromBig(den)]);
});
defMethod(FLOAT_TYPE, "__round__", (args) => {
  const x = floatSelf(args[0]);
  if (args.length < 2 || args[1] === NONE) {
    if (!Number.isFinite(x)) return floatToInt(x);
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return floatToInt(r);
  }
  const nd = toIndex(args[1]);
  return pyFloat(roundFloat(x, nd));
});
defMethod(FLOAT_TYPE, "__format__", (args) => pyStr(formatFloat(floatSelf(args[0]), args[1] instanceof PyStr ? args[1].value : "")));
defMethod(FLOAT_TYPE, "hex", (args) => pyStr(floatHex(floatSelf(args[0]))));
FLOAT_TYPE.dict.set("fromhex", new PyClassMethod(new PyBuiltin("fromhex", (args) => {
  const s = args[1];
  if (!(s instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
  return pyFloat(floatFromHex(s.value));
}, null, null)));

/** float.fromhex: [sign] [0x] hexdigits [. hexdigits] [p exponent], inf, nan. */
function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  let i = 0;
  let neg = false;
  if (s.charAt(0) === "-" || s.charAt(0) === "+") {
    neg = s.charAt(0) === "-";
    i = 1;
  }
  const rest = s.slice(i);
  if (rest === "inf" || rest === "infinity") return neg ? -Infinity : Infinity;
  if (rest === "nan") return NaN;
  if (rest.startsWith("0x")) i += 2;
  let mantissa = 0.0;
  let exp = 0;
  let digits = 0;
  let seenPoint = false;
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === ".") {
      if (seenPoint) break;
      seenPoint = true;
      continue;
    }
    const d = "0123456789abcdef".indexOf(c);
    if (d < 0) break;
    mantissa = mantissa * 16 + d;
    if (seenPoint) exp -= 4;
    digits++;
  }
  if (digits === 0) throw valueError("invalid hexadecimal floating-point string");
  if (s.charAt(i) === "p") {
    i++;
    let sign = 1;
    if (s.charAt(i) === "-" || s.charAt(i) === "+") {
      sign = s.charAt(i) === "-" ? -1 : 1;
      i++;
    }
    let e = 0;
    const start = i;
    while (i < s.length && s.charAt(i) >= "0" && s.charAt(i) <= "9") e = e * 10 + (s.charCodeAt(i++) - 48);
    if (i === start) throw valueError("invalid hexadecimal floating-point string");
    exp += sign * e;
  }
  if (i !== s.length) throw valueError("invalid hexadecimal floating-point string");
  const v = mantissa * Math.pow(2, exp);
  return neg ? -v : v;
}

/** round(x, n) as CPython: the decimal rounding of the exact binary value (half to even), read back. */
export function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 22) return x;
  if (nd < -308) return 0.0 * x;
  if (nd >= 0) {
    const s = formatd(x, "f", nd);
    const r = Number(s);
    return r === 0 && x < 0 ? -0.0 : r;
  }
  const p = Math.pow(10, -nd);
  const y = x / p;
  let r = Math.round(y);
  if (Math.abs(y - Math.trunc(y)) === 0.5) r = 2 * Math.round(y / 2);
  const out = r * p;
  return out === 0 && x < 0 ? -0.0 : out;
}

function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return 1 / x < 0 ? "-0x0.0p+0" : "0x0.0p+0";
  const neg = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1 && e > -1022) {
    m *= 2;
    e--;
  }
  let digits = "";
  let frac = m - Math.floor(m);
  const lead = Math.floor(m);
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    digits += d.toString(16);
    frac -= d;
  }
  return `${neg ? "-" : ""}0x${lead}.${digits}p${e >= 0 ? "+" : ""}${e}`;
}

/** float.__op__ (data: the operator) and float.__rop__ (data: the operator + 100). */
function floatBinaryMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const y = floatOperand(args[1]);
  if (y === null) return NOT_IMPLEMENTED;
  if (data >= 100) return floatBinary(y, floatSelf(args[0]), (data - 100) as BinaryOp);
  return floatBinary(floatSelf(args[0]), y, data as BinaryOp);
}
for (let op = 0; op < BINARY_NAMES.length; op++) {
  defMethod(FLOAT_TYPE, `__${BINARY_NAMES[op]}__`, floatBinaryMethod, op);
  defMethod(FLOAT_TYPE, `__r${BINARY_NAMES[op]}__`, floatBinaryMethod, op + 100);
}
defMethod(FLOAT_TYPE, "__divmod__", (args) => {
  const y = floatOperand(args[1]);
  if (y === null) return NOT_IMPLEMENTED;
  if (y === 0) throw zeroDivision("float divmod()");
  const [q, r] = floatDivmod(floatSelf(args[0]), y);
  return pyTuple([pyFloat(q), pyFloat(r)]);
});
defMethod(FLOAT_TYPE, "__rdivmod__", (args) => {
  const y = floatOperand(args[1]);
  if (y === null) return NOT_IMPLEMENTED;
  const x = floatSelf(args[0]);
  if (x === 0) throw zeroDivision("float divmod()");
  const [q, r] = floatDivmod(y, x);
  return pyTuple([pyFloat(q), pyFloat(r)]);
});
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(FLOAT_TYPE, COMPARE_NAMES[op], numberCompareMethod, op);

// ---- range -------------------------------------------------------------------------------------------

export function makeRange(start: number, stop: number, step: number): PyRange {
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  let length = 0;
  if (step > 0 && stop > start) length = toInt(Math.floor((stop - start - 1) / step)) + 1;
  else if (step < 0 && stop < start) length = toInt(Math.floor((start - stop - 1) / (0 - step))) + 1;
  return new PyRange(start, stop, step, length);
}

RANGE_TYPE.dict.set("__new__", makeStatic("__new__", (args) => {
  const n = args.length - 1;
  if (n < 1 || n > 3) throw typeError(n < 1 ? "range expected at least 1 argument, got 0" : `range expected at most 3 arguments, got ${n}`);
  // (one argument at a time, no closure over a list: a trace of range(n) is a few ops, not a call of Array.map)
  // (each argument's __index__ once, in order, as CPython)
  const first = indexObject(args[1]);
  if (n === 1) return first instanceof PyInt ? makeRange(0, first.value, 1) : makeAnyRange(pyInt(0), first, pyInt(1));
  const stop = indexObject(args[2]);
  const step = n === 3 ? indexObject(args[3]) : pyInt(1);
  // (a big int, or a span past the small ints: the long form, with int objects)
  if (first instanceof PyInt && stop instanceof PyInt && step instanceof PyInt && stop.value - first.value <= SMALL_MAX && first.value - stop.value <= SMALL_MAX)
    return makeRange(first.value, stop.value, step.value);
  return makeAnyRange(first, stop, step);
}));
defMethod(RANGE_TYPE, "__repr__", (args) => {
  if (args[0] instanceof PyLongRange) return pyStr(longRangeRepr(args[0]));
  const r = args[0] as PyRange;
  return pyStr(r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`);
});
defMethod(RANGE_TYPE, "__len__", (args) => (args[0] instanceof PyLongRange ? longRangeLen(args[0]) : pyInt((args[0] as PyRange).length)));
defMethod(RANGE_TYPE, "__iter__", (args) => {
  if (args[0] instanceof PyLongRange) return longRangeIter(args[0]);
  const r = args[0] as PyRange;
  return new PyRangeIterator(r.start, r.length, r.step);
});
defMethod(RANGE_TYPE, "__reversed__", (args) => {
  if (args[0] instanceof PyLongRange) return longRangeReversed(args[0]);
  const r = args[0] as PyRange;
  return new PyRangeIterator(r.start + toInt((r.length - 1) * r.step), r.length, 0 - r.step);
});
defMethod(RANGE_TYPE, "__bool__", (args) => pyBool(args[0] instanceof PyLongRange ? !longRangeEmpty(args[0]) : (args[0] as PyRange).length > 0));
defMethod(RANGE_TYPE, "__eq__", (args) => {
  const b = args[1];
  if (!(b instanceof PyRange) && !(b instanceof PyLongRange)) return NOT_IMPLEMENTED;
  if (args[0] instanceof PyLongRange || b instanceof PyLongRange) return pyBool(longRangeEquals(args[0], b));
  const a = args[0] as PyRange;
  if (a.length !== b.length) return FALSE;
  if (a.length === 0) return TRUE;
  return pyBool(a.start === b.start && (a.length === 1 || a.step === b.step));
});
defMethod(RANGE_TYPE, "index", (args) => {
  if (args[0] instanceof PyLongRange) return longRangeIndex(args[0], args[1]);
  const r = args[0] as PyRange;
  const i = asInt(args[1]);
  if (i instanceof PyInt && r.length > 0) {
    const off = i.value - r.start;
    if (off % r.step === 0) {
      const k = off / r.step;
      if (k >= 0 && k < r.length) return pyInt(toInt(k));
    }
  }
  throw valueError(`${repr(args[1])} is not in range`);
});
defMethod(RANGE_TYPE, "count", (args) => {
  if (args[0] instanceof PyLongRange) return longRangeCount(args[0], args[1]);
  const r = args[0] as PyRange;
  const i = asInt(args[1]);
  if (i instanceof PyInt && r.length > 0) {
    const off = i.value - r.start;
    if (off % r.step === 0 && off / r.step >= 0 && off / r.step < r.length) return pyInt(1);
  }
  return pyInt(0);
});
defGetter(RANGE_TYPE, "start", (o) => (o instanceof PyLongRange ? o.start : pyInt((o as PyRange).start)));
defGetter(RANGE_TYPE, "stop", (o) => (o instanceof PyLongRange ? o.stop : pyInt((o as PyRange).stop)));
defGetter(RANGE_TYPE, "step", (o) => (o instanceof PyLongRange ? o.step : pyInt((o as PyRange).step)));
// (a small range's items and `in` are the item functions' fast paths: items.ts; a long one's come here)
defMethod(RANGE_TYPE, "__getitem__", (args) => (args[0] instanceof PyLongRange ? longRangeItem(args[0], args[1]) : getItem(args[0], args[1])));
defMethod(RANGE_TYPE, "__contains__", (args) => {
  const r = args[0];
  if (asInt(args[1]) !== null) return pyBool(r instanceof PyLongRange ? longRangeContains(r, args[1]) === true : contains(r, args[1]));
  // (not an int: compared with each item, as CPython does — contains() would come back here)
  const it = r instanceof PyLongRange ? longRangeIter(r) : getIter(r);
  for (;;) {
    const v = nextOrNull(it);
    if (v === null) return FALSE;
    if (eq(v, args[1])) return TRUE;
  }
});

// ---- slice -------------------------------------------------------------------------------------------

SLICE_TYPE.dict.set("__new__", makeStatic("__new__", (args) => {
  const n = args.length - 1;
  if (n === 1) return new PySlice(NONE, args[1], NONE);
  if (n === 2) return new PySlice(args[1], args[2], NONE);
  if (n === 3) return new PySlice(args[1], args[2], args[3]);
  throw typeError(`slice expected at least 1 argument, got ${n}`);
}));
defMethod(SLICE_TYPE, "__repr__", (args) => {
  const s = args[0] as PySlice;
  return pyStr(`slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`);
});
defMethod(SLICE_TYPE, "indices", (args) => {
  const [start, stop, step] = sliceIndices(args[0] as PySlice, toIndex(args[1]));
  return pyTuple([pyInt(start), pyInt(stop), pyInt(step)]);
});
defMethod(SLICE_TYPE, "__eq__", (args) => {
  const a = args[0] as PySlice;
  const b = args[1];
  if (!(b instanceof PySlice)) return NOT_IMPLEMENTED;
  return pyBool(eq(a.start, b.start) && eq(a.stop, b.stop) && eq(a.step, b.step));
});
defGetter(SLICE_TYPE, "start", (o) => (o as PySlice).start);
defGetter(SLICE_TYPE, "stop", (o) => (o as PySlice).stop);
defGetter(SLICE_TYPE, "step", (o) => (o as PySlice).step);

